import Foundation
import Mustache
import SiteGenCore

/// The templates and assets of a build: the built-in theme with the site's
/// own `templates/` laid over it, file by file.
struct Theme: Sendable {
    var library: MustacheLibrary
    var templates: [String: ThemeTemplate]
    /// Files that are not templates (CSS), copied to the output under their path.
    var assets: [ThemeFile]
    /// Data for sitegen itself (`platforms.yml`), by path; never published.
    var data: [String: ThemeFile]

    /// Parses every template; reports syntax errors with file, line and column.
    init(files: [ThemeFile]) throws(DiagnosticsError) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var templates: [String: ThemeTemplate] = [:]
        var assets: [ThemeFile] = []
        var data: [String: ThemeFile] = [:]
        for file in files {
            if file.path.hasSuffix(".yml") {
                data[file.path] = file
                continue
            }
            guard file.isTemplate else {
                assets.append(file)
                continue
            }
            guard let text = String(data: file.data, encoding: .utf8) else {
                diagnostics.append(.error(at: SourceLocation(file: file.displayPath), "is not UTF-8 text"))
                continue
            }
            let tags: [MustacheTag]
            do {
                tags = try MustacheTagScanner().tags(in: text)
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: file.displayPath, line: error.line, column: error.column), error.message))
                continue
            }
            do {
                // Every template (partials too: swift-mustache resets the
                // content type in each) selects the fast escaping.
                precondition(FastHTMLEscaping.registered)
                let template = try MustacheTemplate(string: FastHTMLEscaping.pragma + text)
                library.register(template, named: file.templateName)
                templates[file.templateName] = ThemeTemplate(name: file.templateName, displayPath: file.displayPath, template: template, tags: tags)
            } catch let error as MustacheTemplate.ParserError {
                // Columns of the first line count the pragma put in front of it.
                let column =
                    error.context.lineNumber == 1 ? max(1, error.context.columnNumber - FastHTMLEscaping.pragma.count) : error.context.columnNumber
                diagnostics.append(
                    .error(
                        at: SourceLocation(file: file.displayPath, line: error.context.lineNumber, column: column),
                        "template syntax: \(Self.describe(error.error))"))
            } catch {
                diagnostics.append(.error(at: SourceLocation(file: file.displayPath), "template syntax: \(error)"))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        self.library = library
        self.templates = templates
        self.assets = assets
        self.data = data
    }

    func render(_ view: some TemplateView, with name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with another name than it was opened with"
        case .unfinishedName?: return "a tag is not finished"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "a delimiter change is malformed"
        default: return "\(error)"
        }
    }
}
