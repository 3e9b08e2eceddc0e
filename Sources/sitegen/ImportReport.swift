import Foundation
import SiteGenImport

/// What `sitegen import` prints: for a dry run, what would come (posts per
/// year, the first titles, the size of the media); then the closing line,
/// and what the owner should do next.
struct ImportReport {
    var summary: ImportSummary

    static let titlesShown = 5
    static let filesListed = 10

    func print() {
        for note in summary.notes { Console.error("note: \(note)") }
        if summary.dryRun {
            for (year, count) in summary.postsPerYear { Console.out("  \(year): \(count) post\(count == 1 ? "" : "s")") }
            for post in summary.posts.prefix(Self.titlesShown) {
                Console.out("  \(post.file)  \(post.title)\(post.isDraft ? " (draft)" : "")")
            }
            if summary.posts.count > Self.titlesShown { Console.out("  … and \(summary.posts.count - Self.titlesShown) more") }
        }
        Console.out(summary.closingLine)
        if !summary.pagesWithoutAlt.isEmpty {
            Console.out(
                "\(summary.pagesWithoutAlt.count) post\(summary.pagesWithoutAlt.count == 1 ? " has" : "s have") photos without a description for people who cannot see them; write one in each `![…]` and `image_alt:`:"
            )
            list(summary.pagesWithoutAlt)
        }
        if !summary.missingMedia.isEmpty {
            Console.error("warning: \(summary.missingMedia.count) photo(s) or video(s) could not be imported:")
            for line in summary.missingMedia.prefix(Self.filesListed) { Console.error("  \(line)") }
            if summary.missingMedia.count > Self.filesListed { Console.error("  … and \(summary.missingMedia.count - Self.filesListed) more") }
        }
        if !summary.imagesToBring.isEmpty {
            Console.out(
                "\(summary.imagesToBring.count) image(s) are not in a WordPress export; copy the old site's wp-content/uploads folder and import with --media-dir pointing at it:"
            )
            list(summary.imagesToBring)
        }
        if !summary.dryRun, summary.posts.contains(where: \.isDraft) {
            Console.out("The posts are drafts: review them with `sitegen serve --drafts`, then remove `draft: true` from those to publish.")
        }
    }

    private func list(_ lines: [String]) {
        for line in lines.prefix(Self.filesListed) { Console.out("  \(line)") }
        if lines.count > Self.filesListed { Console.out("  … and \(lines.count - Self.filesListed) more") }
    }
}
