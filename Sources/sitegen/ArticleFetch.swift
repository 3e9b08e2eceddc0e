import Foundation
import SiteGen
import SiteGenFetch
import SiteGenManifest

/// `press add --fetch`: what the article's page says about itself, and its
/// closest archived copy. The owner's flags always win; a network failure is
/// reported and the entry is still made from the flags.
struct ArticleFetch {
    var archiveAPI: String

    func complete(_ entry: PressEntry, titleGiven: Bool, outletGiven: Bool, dateGiven: Bool, languageGiven: Bool) -> PressEntry {
        var entry = entry
        do {
            let metadata = try ArticleFetcher().fetch(entry.url)
            if !titleGiven, let title = metadata.title { entry.title = title }
            if !outletGiven, let outlet = metadata.outlet { entry.outlet = outlet }
            if !dateGiven, let published = metadata.published { entry.date = published }
            if !languageGiven, let language = metadata.language { entry.language = language }
        } catch {
            Console.error("warning: could not read the article: \(error.message)")
        }
        guard entry.archive == nil else { return entry }
        do {
            if let capture = try ArchiveLookup(baseURL: archiveAPI).closestCapture(of: entry.url) {
                entry.archive = capture
            } else {
                Console.error("note: the Wayback Machine has no copy of this article yet; you can ask it to save one at https://web.archive.org/save")
            }
        } catch {
            Console.error("warning: could not ask the Wayback Machine for an archived copy: \(error.message)")
        }
        return entry
    }
}
