/// Turns HTML that sitegen did not write (a Mastodon post, a WordPress
/// article) into Markdown that is safe to publish: CommonMark with GFM's
/// strikethrough, and never a raw HTML tag.
///
/// Kept: paragraphs, line breaks, links to `http:`, `https:` and `mailto:`
/// addresses, strong and emphasis, strikethrough, code and preformatted
/// code, quotes, lists, headings (from `minimumHeadingLevel`, since the
/// page's title is its `h1`), thematic breaks, and images at `http:`,
/// `https:` or root-relative addresses. Left out with everything inside:
/// scripts, styles, frames, objects, forms, SVG, MathML, and what a reader
/// does not see as text of the page (form controls, media players' fallback
/// text: `MarkdownBlockWriter.droppedElements`). Of every other
/// element only the text is kept; of attributes only `href`, `src` and
/// `alt` are read, so no event handler or style survives. Text is escaped
/// so that it reads back as itself: `*not bold*` stays text.
///
/// The HTML is read by Gumbo (see `HTMLTree`, which bounds its size and
/// depth).
package struct HTMLToMarkdown: Sendable {
    /// A link as written, for `rewriteLink`.
    package struct Link: Sendable, Equatable {
        /// With character references decoded and the tabs and line breaks
        /// that browsers ignore in addresses removed.
        package var href: String
        package var classes: [String]
        package var relations: [String]

        /// A Mastodon or WordPress tag link (`class="mention hashtag"`,
        /// `rel="tag"`), which an imported post shows as text.
        package var isHashtag: Bool {
            classes.contains("hashtag") || relations.contains("tag")
        }
    }

    /// An image kept in the Markdown.
    package struct Image: Sendable, Equatable {
        /// The `src` as written (decoded, cleaned like `Link.href`).
        package var source: String
        /// The address written in the Markdown, after `rewriteImage`.
        package var address: String
        package var alt: String
    }

    package struct Result: Sendable, Equatable {
        /// Empty, or blocks separated by one blank line, ending with a newline.
        package var markdown: String
        /// In the order they appear.
        package var images: [Image]
        /// Whether the HTML was longer than the limit and its end left out.
        package var isTruncated: Bool
    }

    /// The level an `<h1>` becomes; `<h2>` one more, and so on up to 6.
    package var minimumHeadingLevel: Int
    /// For WordPress "classic editor" content, which has no `<p>`: a blank
    /// line in the text separates paragraphs, a newline is a line break
    /// (WordPress's `wpautop`). Not inside `<pre>`.
    package var autoParagraphs: Bool
    /// The address a link gets; nil to show its text only. Its answer is
    /// checked again: `http:`, `https:`, `mailto:` or root-relative (`/…`).
    /// Without it, every `http:`, `https:` and `mailto:` link is kept.
    package var rewriteLink: (@Sendable (Link) -> String?)?
    /// The address an image gets, from its `src`; nil to leave the image
    /// out and show its `alt` text instead, as a browser does when an image
    /// cannot be shown. Its answer must be `http:`, `https:` or root-relative.
    package var rewriteImage: (@Sendable (String) -> String?)?
    package var limits: HTMLTree.Limits

    /// Deeper elements are flattened (their text kept) before Gumbo reads
    /// them. Lower than `HTMLTree`'s own default: the walk that writes
    /// Markdown recurses once or twice per level, and 128 levels fit in a
    /// secondary thread's 512 KiB stack even in a debug build, 512 do not.
    /// Posts nest a few levels deep.
    package static let defaultLimits = HTMLTree.Limits(maximumDepth: 128)

    package init(
        minimumHeadingLevel: Int = 2, autoParagraphs: Bool = false, limits: HTMLTree.Limits = HTMLToMarkdown.defaultLimits,
        rewriteLink: (@Sendable (Link) -> String?)? = nil, rewriteImage: (@Sendable (String) -> String?)? = nil
    ) {
        self.minimumHeadingLevel = minimumHeadingLevel
        self.autoParagraphs = autoParagraphs
        self.limits = limits
        self.rewriteLink = rewriteLink
        self.rewriteImage = rewriteImage
    }

    package func convert(_ html: String) -> Result {
        let tree = HTMLTree(fragment: html, limits: limits)
        var writer = MarkdownBlockWriter(converter: self)
        let blocks = writer.blocks(of: tree.nodes).map(\.markdown)
        let markdown = blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
        return Result(markdown: markdown, images: writer.images, isTruncated: tree.isTruncated)
    }

    // MARK: Addresses

    /// As browsers read an address: tabs and line breaks anywhere removed,
    /// spaces and control characters at the ends trimmed. `java&#x09;script:`
    /// is `javascript:`.
    static func cleaned(_ address: String) -> String {
        var scalars = address.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }[...]
        while let first = scalars.first, first.value <= 0x20 { scalars.removeFirst() }
        while let last = scalars.last, last.value <= 0x20 { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The scheme of an absolute address, in lower case; nil for a relative one.
    static func scheme(of address: String) -> String? {
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let scheme = address[..<colon]
        guard let first = scheme.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first),
            scheme.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
            })
        else { return nil }
        return scheme.lowercased()
    }

    /// `/path`, not `//host/path` (another site) and not `/\host`, which
    /// browsers read the same.
    static func isRootRelative(_ address: String) -> Bool {
        address.hasPrefix("/") && !address.hasPrefix("//") && !address.hasPrefix("/\\")
    }

    func linkTarget(_ link: Link) -> String? {
        guard let rewriteLink else { return Self.isWebOrMail(link.href) ? link.href : nil }
        guard let target = rewriteLink(link).map(Self.cleaned) else { return nil }
        return Self.isWebOrMail(target) || Self.isRootRelative(target) ? target : nil
    }

    func imageTarget(_ source: String) -> String? {
        guard let target = (rewriteImage.map { $0(source) } ?? source).map(Self.cleaned) else { return nil }
        let scheme = Self.scheme(of: target)
        return scheme == "http" || scheme == "https" || (scheme == nil && Self.isRootRelative(target)) ? target : nil
    }

    private static func isWebOrMail(_ address: String) -> Bool {
        guard let scheme = scheme(of: address) else { return false }
        return (scheme == "http" || scheme == "https" || scheme == "mailto") && address.count > scheme.count + 1
    }
}
