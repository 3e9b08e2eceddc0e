import Foundation
import SiteGen
import SiteGenCore
import SiteGenFetch
import SiteGenManifest

/// `press add --fetch`: what the article's page says about itself, and its
/// closest archived copy. The owner's flags always win; a network failure
/// leaves the fields to the flags or to the questions.
struct ArticleFetch {
    var archiveAPI: String

    /// What the page says in the fields the owner left out, or why it could not be read.
    func complete(_ entry: PressEntry, titleGiven: Bool, outletGiven: Bool, dateGiven: Bool, languageGiven: Bool) -> (
        entry: PressEntry, problem: String?
    ) {
        var entry = entry
        let metadata: ArticleMetadata
        do {
            metadata = try ArticleFetcher().fetch(entry.url)
        } catch {
            return (entry, error.message)
        }
        // What a web page says is not typed by the owner: control characters are dropped, not refused.
        if !titleGiven, let title = metadata.title { entry.title = Self.cleaned(title) }
        if !outletGiven, let outlet = metadata.outlet { entry.outlet = Self.cleaned(outlet) }
        if !dateGiven, let published = metadata.published { entry.date = published }
        if !languageGiven, let language = metadata.language { entry.language = language }
        return (entry, nil)
    }

    /// The closest copy the Wayback Machine has, or nil with a line that says why.
    func archivedCopy(of url: String) -> String? {
        do {
            if let capture = try ArchiveLookup(baseURL: archiveAPI).closestCapture(of: url) { return capture }
            Console.error("note: the Wayback Machine has no copy of this article yet; you can ask it to save one at https://web.archive.org/save")
        } catch {
            Console.error("warning: could not ask the Wayback Machine for an archived copy: \(error.message)")
        }
        return nil
    }

    private static func cleaned(_ text: String) -> String {
        TextField.stripped(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
