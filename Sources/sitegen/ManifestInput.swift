import Foundation
import SiteGen

/// Checks what the owner typed on the command line before it reaches links.yml.
enum ManifestInput {
    /// An absolute http(s) address without tracking parameters.
    static func articleAddress(_ text: String) throws(DiagnosticsError) -> String {
        switch ArticleAddresses.clean(text) {
        case .success(let cleaned):
            if !cleaned.removed.isEmpty {
                Console.error("note: removed the tracking parameters \(cleaned.removed.joined(separator: ", ")) from the address")
            }
            return cleaned.url
        case .failure(let refused):
            throw DiagnosticsError(.error(at: SourceLocation(file: text), refused.message))
        }
    }

    /// `--date`, or today.
    static func date(_ text: String?) throws(DiagnosticsError) -> ContentDate {
        guard let text else { return BuildClock.live.today() }
        guard let date = ContentDate(parsing: text), date.secondsOfDay == nil else {
            throw DiagnosticsError(.error(at: SourceLocation(file: "--date"), "\"\(text)\" is not a date such as 2024-03-12"))
        }
        return date
    }

    static func language(_ text: String?) throws(DiagnosticsError) -> String? {
        guard let text else { return nil }
        guard ArticleAddresses.isLanguageTag(text) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: "--lang"), "\"\(text)\" is not a language code such as fr, en or en-GB"))
        }
        return text
    }
}
