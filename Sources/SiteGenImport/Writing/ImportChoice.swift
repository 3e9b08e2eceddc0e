import Foundation
import SiteGen

/// Decides which posts of an export become pages, and names them: posts an
/// earlier import brought are left alone (the ledger, and the
/// `imported_from:` of the pages still there), as are posts outside the
/// dates asked for; every new page gets an address no other page of its
/// folder has.
struct ImportChoice {
    var options: ImportOptions
    var language: String
    var ledger: ImportLedger
    var section: SectionContents
    /// The top of `content/`, for WordPress pages.
    var top: SectionContents

    static let slugLength = 48

    func choose(_ posts: [ImportedPost], into summary: inout ImportSummary) -> [PostPlan] {
        var section = section
        var top = top
        var plans: [PostPlan] = []
        var skippedForDates = 0
        for post in posts.sorted(by: { $0.published < $1.published }) {
            if let since = options.since, post.published < since {
                skippedForDates += 1
                continue
            }
            if let until = options.until, post.published > until {
                skippedForDates += 1
                continue
            }
            let key = ImportLedger.key(post.platform, post.key)
            if section.importedKeys.contains(key) || top.importedKeys.contains(key) {
                summary.duplicates += 1
                continue
            }
            var isRestored = false
            if let entry = ledger.posts[key] {
                if FileManager.default.fileExists(atPath: options.siteDirectory + "/" + entry.page) {
                    summary.duplicates += 1
                    continue
                }
                guard options.restore else {
                    summary.deletedKept += 1
                    continue
                }
                isRestored = true
                summary.restored += 1
            }
            let title =
                post.title.flatMap { $0.isEmpty ? nil : $0 }
                ?? PostTitle.make(from: post.plainText, published: post.published, language: language)
            var slug = Self.slug(post.slug ?? title)
            if slug.isEmpty { slug = "\(post.platform.rawValue)-\(PostPage.rfc3339(post.published, offsetMinutes: 0).filter(\.isNumber).suffix(6))" }
            let file: String
            if post.isPage {
                slug = Self.unique(slug, taken: top.slugs.union(top.fileNames))
                top.slugs.insert(slug)
                file = "content/\(slug).md"
            } else {
                slug = Self.unique(slug, taken: section.slugs)
                section.slugs.insert(slug)
                file = "content/\(options.section)/\(PostPage.day(post.published, offsetMinutes: post.utcOffsetMinutes))-\(slug).md"
            }
            plans.append(PostPlan(post: post, title: title, slug: slug, file: file, isRestored: isRestored))
        }
        if skippedForDates > 0 { summary.skipped.append((SkipReason.outsideDates.rawValue, skippedForDates)) }
        return plans
    }

    /// An address name from a title, cut at a hyphen when long.
    static func slug(_ text: String) -> String {
        var slug = Slugifier.slug(text)
        if slug.count > slugLength {
            slug = String(slug.prefix(slugLength))
            if let hyphen = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: hyphen) > slugLength / 2 {
                slug = String(slug[..<hyphen])
            }
        }
        return slug
    }

    static func unique(_ slug: String, taken: Set<String>) -> String {
        func isTaken(_ candidate: String) -> Bool { taken.contains(candidate) || taken.contains(candidate + ".md") }
        guard isTaken(slug) else { return slug }
        var number = 2
        while isTaken("\(slug)-\(number)") { number += 1 }
        return "\(slug)-\(number)"
    }
}
