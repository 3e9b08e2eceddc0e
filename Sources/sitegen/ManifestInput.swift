import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenManifest

/// Checks what the owner typed on the command line before it reaches links.yml.
enum ManifestInput {
    /// An absolute http(s) address without tracking parameters.
    static func articleAddress(_ text: String) throws(DiagnosticsError) -> String {
        switch ArticleAddresses.clean(text) {
        case .success(let cleaned):
            if !cleaned.removed.isEmpty {
                let parameters = cleaned.removed.count == 1 ? "parameter" : "parameters"
                Console.error("note: removed the tracking \(parameters) \(cleaned.removed.joined(separator: ", ")) from the address")
            }
            return cleaned.url
        case .failure(let refused):
            throw DiagnosticsError(.error(at: SourceLocation(file: text), refused.message))
        }
    }

    /// The address with `https:` for `http:` on a platform the registry
    /// knows: they all give their addresses in `https:` (`http:` only
    /// redirects), and Mastodon verifies only `https:` links.
    static func secureAddress(_ url: String, platform: String?) -> String {
        guard let platform, url.lowercased().hasPrefix("http:") else { return url }
        let secure = "https:" + url.dropFirst("http:".count)
        Console.error("note: wrote the address with https: instead of http:, the form \(platform) gives")
        return secure
    }

    /// `--date`, or today by `clock`.
    static func date(_ text: String?, clock: BuildClock = .command) throws(DiagnosticsError) -> ContentDate {
        guard let text else { return clock.today() }
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

extension ManifestInput {
    /// Every text the owner types is refused, before anything is read, when
    /// it is blank (`--title "   "`) or holds a control character (which
    /// would break the site's feeds, pages and contact card): a usage error,
    /// with the option's name.
    static func checkArguments(_ arguments: [(name: String, value: String?)]) throws(ValidationError) {
        for (name, value) in arguments {
            guard let value else { continue }
            if TextField.isBlank(value) {
                throw ValidationError("\(name) is \(value.isEmpty ? "empty" : "blank"); give it a value, or leave it out")
            }
            if let control = TextField.forbiddenControl(in: value) {
                throw ValidationError("\(name) contains \(TextField.describe(control)); remove it")
            }
        }
    }
}
