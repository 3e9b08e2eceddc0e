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
        for note in summary.notes { Console.error("note: \(Self.printable(note))") }
        if !summary.passedOver.isEmpty {
            Console.error("note: \(summary.passedOver.count) file(s) of the export were not read:")
            for line in summary.passedOver.prefix(Self.filesListed) { Console.error("  \(Self.printable(line))") }
            if summary.passedOver.count > Self.filesListed { Console.error("  … and \(summary.passedOver.count - Self.filesListed) more") }
        }
        if summary.dryRun {
            for (year, count) in summary.postsPerYear { Console.out("  \(year): \(count) post\(count == 1 ? "" : "s")") }
            for post in summary.posts.prefix(Self.titlesShown) {
                Console.out("  \(Self.printable(post.file))  \(Self.printable(post.title))\(post.isDraft ? " (draft)" : "")")
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
            for line in summary.missingMedia.prefix(Self.filesListed) { Console.error("  \(Self.printable(line))") }
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

    /// Text from the export as the terminal shows it: control characters
    /// and direction overrides written as escapes, so that a post's title
    /// cannot move the cursor, clear the screen or reverse a line.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                result += "\\u{\(String(value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private func list(_ lines: [String]) {
        for line in lines.prefix(Self.filesListed) { Console.out("  \(Self.printable(line))") }
        if lines.count > Self.filesListed { Console.out("  … and \(lines.count - Self.filesListed) more") }
    }
}
