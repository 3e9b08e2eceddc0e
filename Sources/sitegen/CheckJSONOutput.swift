import Foundation
import SiteGen
import SiteGenCore

/// `check --format json`, for scripts. The shape is stable (its `version`
/// changes if a field is removed or changes meaning) and documented in the
/// README; keys are sorted, absent values are left out.
struct CheckJSONOutput {
    var report: SiteCheckReport
    var links: [ExternalLinkResult]?
    var summary: CheckSummary

    struct Document: Encodable {
        var version = 1
        var built: Bool
        var pages: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [Problem]
        /// Present with --external only.
        var links: [Link]?
    }

    struct Place: Encodable {
        var file: String
        var line: Int?
        var column: Int?

        init(_ location: SourceLocation) {
            file = location.file
            line = location.line > 0 ? location.line : nil
            column = location.column > 0 ? location.column : nil
        }
    }

    struct Problem: Encodable {
        var severity: String
        var file: String
        var line: Int?
        var column: Int?
        var message: String
        var notes: [Note]
    }

    struct Note: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var message: String
    }

    struct Link: Encodable {
        var url: String
        var kind: String
        var label: String
        var file: String
        var line: Int?
        var column: Int?
        var result: String
        var status: Int?
        var finalURL: String?
        var detail: String
        var advice: String?
        var checkedAt: String

        enum CodingKeys: String, CodingKey {
            case url, kind, label, file, line, column, result, status, detail, advice
            case finalURL = "final_url"
            case checkedAt = "checked_at"
        }
    }

    func encoded() throws -> String {
        let problems = report.diagnostics.map { diagnostic in
            let place = Place(diagnostic.location)
            return Problem(
                severity: diagnostic.severity == .error ? "error" : "warning", file: place.file, line: place.line, column: place.column,
                message: diagnostic.message,
                notes: diagnostic.notes.map { note in
                    let at = Place(note.location)
                    return Note(file: at.file, line: at.line, column: at.column, message: note.message)
                })
        }
        let dates = ISO8601DateFormatter()
        let linkObjects = links?.map { item in
            let place = Place(item.link.location)
            return Link(
                url: item.link.address, kind: item.link.kind.rawValue, label: item.link.label, file: place.file, line: place.line,
                column: place.column, result: item.result.verdict.rawValue, status: item.result.httpStatus, finalURL: item.result.finalURL,
                detail: item.result.detail, advice: item.advice, checkedAt: dates.string(from: item.result.checkedAt))
        }
        let document = Document(
            built: report.built, pages: report.pageCount, errors: summary.errors, warnings: summary.warnings, diagnostics: problems,
            links: linkObjects)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }
}
