import Foundation

/// The site's language, from site.yml's `language:`, for the words an
/// import writes itself (a title made of a date, a content warning's label).
/// Read as one line: the import must work on a site whose site.yml the
/// build would refuse for another reason.
enum SiteLanguage {
    static func read(siteDirectory: String) -> String {
        guard let data = FileManager.default.contents(atPath: siteDirectory + "/site.yml") else { return "en" }
        for line in String(decoding: data.prefix(256 * 1024), as: UTF8.self).split(separator: "\n") where line.hasPrefix("language:") {
            let value = line.dropFirst("language:".count).split(separator: "#").first ?? ""
            let trimmed = value.trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) { return trimmed }
        }
        return "en"
    }
}
