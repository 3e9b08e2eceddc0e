import CCmarkGFM
import Foundation
import SiteGenCore

/// Markdown to HTML with libcmark-gfm: GitHub's tables, strikethrough,
/// autolinks, task lists and tag filter, and footnotes. Raw HTML is kept (it
/// is the owner's own content) and passed through the tag filter, but loses
/// what runs script (`RawHTMLSanitizer`); links and images lose script and
/// file addresses (`UnsafeAddress`). Each removal is a warning at its place,
/// and so is each tag the tag filter shows as text. A paragraph holding only
/// the address of a video or a map becomes a card or a player (`EmbedMarkup`).
///
/// Safe to call from several threads: see `parseLock`.
struct MarkdownRenderer: Sendable {
    /// What a screen reader says for a task list's box, in the site's language:
    /// a box without a name is an unlabelled form field.
    struct TaskLabels: Sendable {
        var done = "Done"
        var toDo = "To do"
    }

    var taskLabels = TaskLabels()
    var embeds = EmbedMarkup()

    struct Output {
        var html: String
        /// The first paragraph as plain text, for lists of pages.
        var firstParagraph: String
        var diagnostics: [Diagnostic]
        /// Links to parts of pages of the site, checked once every page is written.
        var fragments: [FragmentReference] = []
        var inventory = MarkdownInventory()
    }

    /// libcmark-gfm 0.29 keeps two process-wide tables of special characters:
    /// `cmark_parser_finish` adds the extensions' characters, parses inlines and
    /// removes them again, with no reference count. Two finishes at once lose
    /// strikethrough and autolinks on some pages, so finishing is serialised,
    /// unless `InlineCharacterTable` could freeze the tables
    /// (`parsesInParallel`); the block parsing before it and rendering after
    /// it run in parallel either way.
    private static let parseLock = NSLock()

    /// Whether `cmark_parser_finish` may run on several threads at once: the
    /// tables frozen and checked (`InlineCharacterTable`). Read once before
    /// pages render on every core (`PageRenderer`), as finding it out
    /// renders a few documents on every core.
    static let parsesInParallel: Bool = {
        guard registered, let parser = newParser() else { return false }
        defer { cmark_parser_free(parser) }
        let documents = (1...4).map { number in
            "# Test \(number)\n\nSome ~~struck~~ text, www.example\(number).com and https://example.org/\(number).\n\n"
                + "- [x] done\n- [ ] to do\n\n| a | b |\n|---|---|\n| \(number) | ~~\(number * 2)~~ |\n\nA note[^n].\n\n[^n]: Note \(number).\n"
        }
        return InlineCharacterTable.freeze(parser: parser, render: plainHTML, check: documents)
    }()

    /// A parser with the options and inline extensions every parse of sitegen uses.
    private static func newParser() -> OpaquePointer? {
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        return parser
    }

    /// libcmark-gfm's own HTML of `markdown`, finished without the lock: for
    /// `parsesInParallel`'s check alone.
    private static func plainHTML(_ markdown: String) -> String {
        guard let parser = newParser() else { return "" }
        defer { cmark_parser_free(parser) }
        markdown.utf8CString.withUnsafeBufferPointer { cmark_parser_feed(parser, $0.baseAddress, $0.count - 1) }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registers the core extensions once per process (itself not thread-safe).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.allSatisfy { cmark_find_syntax_extension($0) != nil }
    }()

    /// Raw HTML kept; table alignment as `style`, as HTML5 has no `align`.
    private static let options =
        CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8
        | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// `resolveLink` turns a link or image destination into the one to
    /// publish, or returns an error message. `picture` gives the HTML that
    /// an image of a file of the site becomes (`<picture>`), or nil to
    /// keep the `<img>`; it is told whether the image may load lazily
    /// (every image but the page's first).
    func render(
        _ markdown: String, resolveLink: (MarkdownLink) -> Result<ResolvedLink, LinkError>, location: (Int, Int) -> SourceLocation,
        picture: (MarkdownImage) -> String? = { _ in nil }
    ) -> Output {
        precondition(Self.registered, "libcmark-gfm lacks its core extensions")
        if let wide = TableWidthLimit.check(markdown) {
            let message =
                "this table row has \(wide.cells) cells; tables of more than \(TableWidthLimit.maximumCells) columns are refused, as they take minutes to render and no visitor can read them: split the table"
            return Output(html: "", firstParagraph: "", diagnostics: [.error(at: location(wide.line, wide.byteColumn), message)])
        }
        guard let parser = Self.newParser() else { fatalError("libcmark-gfm: out of memory") }
        defer { cmark_parser_free(parser) }
        // Already done when pages are read (with warnings); here too, so that
        // removing characters from the output below can never join the
        // pieces of a word the sanitizer has judged (`javascrip\u{15}t:`).
        let markdown = ControlCharacters.strip(markdown).text
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        let document: OpaquePointer?
        if Self.parsesInParallel {
            document = cmark_parser_finish(parser)
        } else {
            Self.parseLock.lock()
            document = cmark_parser_finish(parser)
            Self.parseLock.unlock()
        }
        guard let document else { fatalError("libcmark-gfm: out of memory") }
        defer { cmark_node_free(document) }

        let extensions = cmark_parser_get_syntax_extensions(parser)
        var diagnostics: [Diagnostic] = []
        var fragments: [FragmentReference] = []
        var inventory = MarkdownInventory()
        var anchors = HeadingAnchors()
        var headings: [OpaquePointer] = []
        var firstParagraph: String?
        var firstParagraphNode: OpaquePointer?
        var hasTasks = false
        var unsafeAddresses: [(node: OpaquePointer, scheme: String)] = []
        var rawHTML: [OpaquePointer] = []
        var pictures: [(node: OpaquePointer, html: String)] = []
        var embedded: [(paragraph: OpaquePointer, html: String)] = []
        var imagesSeen = 0

        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                guard var destination = cmark_node_get_url(node).map({ String(cString: $0) }) else { continue }
                if let scheme = UnsafeAddress.scheme(of: destination) {
                    unsafeAddresses.append((node, scheme))
                    continue
                }
                let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
                if !isImage, let secure = Self.secureAutolink(node, destination) {
                    destination = secure
                    cmark_node_set_url(node, secure)
                }
                let at = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node)))
                if isImage {
                    inventory.images.append(.init(alt: Self.plainText(of: node), destination: destination, position: at))
                    imagesSeen += 1
                }
                switch resolveLink(MarkdownLink(destination: destination, isImage: isImage)) {
                case .success(let resolved):
                    if resolved.address != destination { cmark_node_set_url(node, resolved.address) }
                    if isImage, let file = resolved.file {
                        inventory.images[inventory.images.count - 1].file = file
                        let title = cmark_node_get_title(node).map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
                        let image = MarkdownImage(
                            file: file, address: resolved.address, alt: Self.plainText(of: node), title: title, lazy: imagesSeen > 1)
                        if let html = picture(image) { pictures.append((node, html)) }
                    }
                    if !isImage, let paragraph = Self.soleLinkParagraph(node), let embed = Embed(address: resolved.address) {
                        let text = Self.plainText(of: node)
                        let title = Self.isAddress(text, of: resolved.address) || text.allSatisfy(\.isWhitespace) ? nil : text
                        embedded.append((paragraph, embeds.html(embed, address: resolved.address, title: title)))
                        // A list of pages shows the first words of the text, not a video's address.
                        if paragraph == firstParagraphNode { firstParagraph = nil }
                    }
                    if let target = resolved.fragment {
                        fragments.append(FragmentReference(target: target, position: at))
                    }
                    // Kept as written; `sitegen check` makes it the address as published.
                    if !isImage, LinkRewriter.hostText(of: resolved.address) != nil {
                        inventory.externalLinks.append(.init(address: resolved.address, position: at))
                    }
                case .failure(let error):
                    let line = Int(cmark_node_get_start_line(node))
                    let column = Int(cmark_node_get_start_column(node))
                    diagnostics.append(.error(at: location(line, column), error.message))
                }
            case CMARK_NODE_HEADING:
                headings.append(node)
                inventory.headings.append(
                    .init(
                        level: Int(cmark_node_get_heading_level(node)), text: Self.plainText(of: node),
                        position: MarkdownPosition(line: Int(cmark_node_get_start_line(node)), byteColumn: Int(cmark_node_get_start_column(node))))
                )
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTML.append(node)
            case CMARK_NODE_ITEM where !hasTasks:
                hasTasks = cmark_node_get_type_string(node).map { String(cString: $0) } == "tasklist"
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil && cmark_node_parent(node) == document:
                firstParagraph = Self.plainText(of: node)
                firstParagraphNode = node
            default:
                break
            }
        }
        // Before headings are rendered alone, as they may hold both. The
        // nodes taken out are freed only at the end: an image's description
        // may hold raw HTML or another image, found above and visited below.
        var detached: [OpaquePointer] = []
        defer { for node in detached { cmark_node_free(node) } }
        for (node, html) in pictures {
            let replacement = cmark_node_new(CMARK_NODE_HTML_INLINE)
            cmark_node_set_literal(replacement, html)
            cmark_node_insert_before(node, replacement)
            cmark_node_unlink(node)
            detached.append(node)
        }
        diagnostics += Self.removeUnsafeAddresses(unsafeAddresses, detaching: &detached, location: location)
        var escapedStarts: [String: Int] = [:]
        for node in rawHTML { diagnostics += Self.sanitize(node, location: location, escapedStarts: &escapedStarts) }
        // A custom block, as the tag filter would show an HTML block's `<iframe>` as text.
        for (paragraph, html) in embedded {
            let replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            cmark_node_set_on_enter(replacement, html)
            cmark_node_insert_before(paragraph, replacement)
            cmark_node_unlink(paragraph)
            detached.append(paragraph)
        }
        // Headings get ids for links to a part of a page: each heading is
        // rendered alone, given its id, and put back as HTML. The ids the
        // owner wrote come first, so that automatic ones avoid them.
        var explicitIDs: [String?] = []
        var sourceLines: [ArraySlice<UInt8>] = []
        var firstWith: [String: Int] = [:]
        for (index, heading) in headings.enumerated() {
            let position = inventory.headings[index].position
            // A setext heading's text ends above its underline.
            let start = Int(cmark_node_get_start_line(heading))
            let end = Int(cmark_node_get_end_line(heading)) + 1
            if sourceLines.isEmpty { sourceLines = Array(markdown.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) }
            let lines = sourceLines.indices.clamped(to: (start - 1)..<max(start, end))
            let underline = lines.dropFirst().first { Self.isSetextUnderline(sourceLines[$0]) }
            let last = underline.map { $0 - 1 } ?? (start - 1)
            let source = sourceLines.indices.contains(last) ? sourceLines[last] : []
            switch Self.takeExplicitID(heading, source: source) {
            case nil:
                explicitIDs.append(nil)
            case .failure(let problem):
                explicitIDs.append(nil)
                diagnostics.append(.error(at: location(position.line, position.byteColumn), problem.message))
            case .success(let id):
                explicitIDs.append(id)
                if anchors.reserve(id) {
                    firstWith[id] = index
                } else if let first = firstWith[id] {
                    let earlier = inventory.headings[first].position
                    diagnostics.append(
                        .error(
                            at: location(position.line, position.byteColumn),
                            "the heading's id {#\(id)} is already the id of another heading of this page: ids must differ",
                            notes: [.init(at: location(earlier.line, earlier.byteColumn), "the heading with the id \"\(id)\" is here")]))
                }
            }
            inventory.headings[index].text = Self.plainText(of: heading)
        }
        var reported: Set<String> = []
        for index in headings.indices where explicitIDs[index] == nil {
            // Another heading's own id, from its text: a link to it would now lead elsewhere.
            let text = inventory.headings[index].text
            guard let other = firstWith[HeadingAnchors.base(text)], reported.insert(HeadingAnchors.base(text)).inserted else { continue }
            let at = inventory.headings[other].position
            let mine = inventory.headings[index].position
            diagnostics.append(
                .error(
                    at: location(at.line, at.byteColumn),
                    "the heading's id {#\(HeadingAnchors.base(text))} is already the id the heading \"\(text)\" gets from its text: choose another id, or give that heading one of its own",
                    notes: [.init(at: location(mine.line, mine.byteColumn), "the heading \"\(text)\" is here")]))
        }
        for (index, heading) in headings.enumerated() {
            let id = explicitIDs[index] ?? anchors.claim(inventory.headings[index].text)
            guard let rendered = cmark_render_html(heading, Self.options, extensions) else { continue }
            var html = String(cString: rendered)
            free(rendered)
            if html.hasPrefix("<h"), html.count > 3 {
                html.insert(contentsOf: " id=\"\(HTMLEscaping.attribute(id))\"", at: html.index(html.startIndex, offsetBy: 3))
            }
            let replacement = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(replacement, html)
            cmark_node_replace(heading, replacement)
            cmark_node_free(heading)
        }
        guard let rendered = cmark_render_html(document, Self.options, extensions) else { fatalError("libcmark-gfm: out of memory") }
        defer { free(rendered) }
        var html = String(cString: rendered)
        if hasTasks { html = labellingTasks(html) }
        // Character references (`&#1;`, `&#xFFFF;`) come out of libcmark-gfm
        // as the characters themselves, which HTML and XML do not allow.
        return Output(
            html: ControlCharacters.strip(html).text, firstParagraph: ControlCharacters.strip(firstParagraph ?? "").text,
            diagnostics: diagnostics, fragments: fragments, inventory: inventory)
    }

    struct HeadingIDProblem: Error {
        var message: String
    }

    /// Takes a trailing `{#id}` off a heading (see `HeadingAnchors.trailingID`):
    /// nil when it has none, else its id or why that id cannot be one. Only
    /// text counts: a `{#x}` in a code span, a link or raw HTML is kept, and
    /// so is an escaped one (`\{#x}`), told by `source`, the heading's last
    /// line as written.
    static func takeExplicitID(_ heading: OpaquePointer, source: ArraySlice<UInt8>) -> Result<String, HeadingIDProblem>? {
        // The text at the end, in the pieces libcmark-gfm split it into (at `_`, `w`, `:`...).
        var run: [OpaquePointer] = []
        var node = cmark_node_last_child(heading)
        while let current = node, cmark_node_get_type(current) == CMARK_NODE_TEXT {
            run.insert(current, at: 0)
            node = cmark_node_previous(current)
        }
        let literals = run.map { cmark_node_get_literal($0).map { Array(String(cString: $0).utf8) } ?? [] }
        guard let found = HeadingAnchors.trailingID(in: String(decoding: literals.joined(), as: UTF8.self)) else { return nil }
        var piece = 0
        var start = 0
        while start + literals[piece].count <= found.braceOffset {
            start += literals[piece].count
            piece += 1
        }
        // As written, after it only spaces and an ATX heading's closing `#`s,
        // and not `\{#x}` or `&#123;#x}`, which are text.
        let written = Array("{#\(found.id)}".utf8)
        let tail = source.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "#") }
        guard tail.starts(with: written.reversed()), tail.dropFirst(written.count).first != UInt8(ascii: "\\") else { return nil }
        if let problem = HeadingAnchors.problem(with: found.id) { return .failure(HeadingIDProblem(message: problem)) }
        for later in run[(piece + 1)...] {
            cmark_node_unlink(later)
            cmark_node_free(later)
        }
        // The text before it, without the spaces that separated them.
        var kept = Array(literals[piece][..<(found.braceOffset - start)])
        var index = piece
        while true {
            while let last = kept.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { kept.removeLast() }
            if !kept.isEmpty || index == 0 {
                cmark_node_set_literal(run[index], String(decoding: kept, as: UTF8.self))
                break
            }
            cmark_node_unlink(run[index])
            cmark_node_free(run[index])
            index -= 1
            kept = literals[index]
        }
        return .success(found.id)
    }

    private static func isSetextUnderline(_ line: ArraySlice<UInt8>) -> Bool {
        let marks = line.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        return !marks.isEmpty && (marks.allSatisfy { $0 == UInt8(ascii: "=") } || marks.allSatisfy { $0 == UInt8(ascii: "-") })
    }

    /// The extension's autolinks make `www.example.fr` in text an `http:`
    /// link; today's sites answer `https:`, and browsers warn on `http:`.
    /// Only a link whose whole text is the `www.` address is one of them:
    /// `[our shop](http://www.example.fr)` is left as the owner wrote it.
    static func secureAutolink(_ node: OpaquePointer, _ destination: String) -> String? {
        guard destination.hasPrefix("http://www."), let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
            cmark_node_get_type(child) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(child),
            String(cString: literal) == destination.dropFirst("http://".count)
        else { return nil }
        return "https://" + destination.dropFirst("http://".count)
    }

    /// The paragraph that holds `link` and nothing else, if there is one, and
    /// if the link's text is only text: no image or HTML of the owner's is lost
    /// when the paragraph becomes an embed. The autolink extension leaves
    /// empty text beside the links it makes.
    static func soleLinkParagraph(_ link: OpaquePointer) -> OpaquePointer? {
        guard let paragraph = cmark_node_parent(link), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH else { return nil }
        var sibling = cmark_node_first_child(paragraph)
        while let node = sibling {
            let isEmptyText =
                cmark_node_get_type(node) == CMARK_NODE_TEXT
                && (cmark_node_get_literal(node).map { String(cString: $0).allSatisfy(\.isWhitespace) } ?? true)
            guard node == link || isEmptyText else { return nil }
            sibling = cmark_node_next(node)
        }
        let iterator = cmark_iter_new(link)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator), child != link else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_SOFTBREAK: continue
            default: return nil
            }
        }
        return paragraph
    }

    /// Whether a link's text is its own address, as autolinks write it
    /// (`https://youtu.be/x`, `<https://youtu.be/x>`, `www.youtube.com/...`).
    static func isAddress(_ text: String, of destination: String) -> Bool {
        func bare(_ address: String) -> Substring {
            var rest = Substring(address)
            for scheme in ["https://", "http://"] where rest.lowercased().hasPrefix(scheme) { rest = rest.dropFirst(scheme.count) }
            while rest.hasSuffix("/") { rest = rest.dropLast() }
            return rest
        }
        return bare(text.trimmingCharacters(in: .whitespaces)) == bare(destination)
    }

    /// Links to a script or file address keep their text; such images become
    /// their description, as text. Links first: an image may sit in a link's text.
    private static func removeUnsafeAddresses(
        _ found: [(node: OpaquePointer, scheme: String)], detaching detached: inout [OpaquePointer],
        location: (Int, Int) -> SourceLocation
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ordered =
            found.filter { cmark_node_get_type($0.node) == CMARK_NODE_LINK }
            + found.filter { cmark_node_get_type($0.node) == CMARK_NODE_IMAGE }
        for (node, scheme) in ordered {
            let at = location(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
            let risk = scheme == "file" ? "it would open a file of the visitor's own computer" : "it could run script in a visitor's browser"
            if cmark_node_get_type(node) == CMARK_NODE_LINK {
                diagnostics.append(.warning(at: at, "removed a link to a \(scheme): address, keeping its text: \(risk)"))
                while let child = cmark_node_first_child(node) { cmark_node_insert_before(node, child) }
            } else {
                diagnostics.append(.warning(at: at, "removed an image at a \(scheme): address, keeping its description as text: \(risk)"))
                let text = cmark_node_new(CMARK_NODE_TEXT)
                cmark_node_set_literal(text, plainText(of: node))
                cmark_node_insert_before(node, text)
            }
            cmark_node_unlink(node)
            detached.append(node)
        }
        return diagnostics
    }

    /// Raw HTML loses what would run script; see `RawHTMLSanitizer`.
    /// `escapedStarts` counts the start tags shown as text so far on the
    /// page, by name: their end tags, often in a later piece of inline HTML,
    /// are not reported again.
    private static func sanitize(
        _ node: OpaquePointer, location: (Int, Int) -> SourceLocation, escapedStarts: inout [String: Int]
    ) -> [Diagnostic] {
        guard let literal = cmark_node_get_literal(node).map({ String(cString: $0) }) else { return [] }
        let result = RawHTMLSanitizer.sanitize(literal)
        // Set even without findings: the sanitizer's tag filter also catches `<script/src=...>`, which GitHub's misses.
        guard result.html != literal else { return [] }
        cmark_node_set_literal(node, result.html)
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        let isBlock = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
        let bytes = Array(literal.utf8)
        // Findings come in the order of the text: lines are counted once, not from the start for each.
        var scanned = 0
        var lineDelta = 0
        var lineStart = 0
        var diagnostics: [Diagnostic] = []
        for finding in result.findings {
            if let tag = finding.escapedTag {
                if tag.isEnd, let open = escapedStarts[tag.name], open > 0 {
                    escapedStarts[tag.name] = open - 1
                    continue
                }
                if !tag.isEnd { escapedStarts[tag.name, default: 0] += 1 }
            }
            let offset = min(finding.offset, bytes.count)
            if offset < scanned { (scanned, lineDelta, lineStart) = (0, 0, 0) }
            while scanned < offset {
                if bytes[scanned] == UInt8(ascii: "\n") {
                    lineDelta += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            let columnInLine = offset - lineStart
            // Later lines of a block lose the same indentation as its first; of inline HTML, less is known.
            let column = lineDelta == 0 ? startColumn + columnInLine : columnInLine + (isBlock ? startColumn : 1)
            diagnostics.append(.warning(at: location(startLine + lineDelta, column), finding.message))
        }
        return diagnostics
    }

    /// Names the boxes of task lists, exactly as the tasklist extension writes them.
    private func labellingTasks(_ html: String) -> String {
        let done = Array(#"<input type="checkbox" checked="" disabled="" />"#.utf8)
        let toDo = Array(#"<input type="checkbox" disabled="" />"#.utf8)
        let labelledDone = Array(#"<input type="checkbox" checked="" disabled="" aria-label="\#(HTMLEscaping.attribute(taskLabels.done))" />"#.utf8)
        let labelledToDo = Array(#"<input type="checkbox" disabled="" aria-label="\#(HTMLEscaping.attribute(taskLabels.toDo))" />"#.utf8)
        // On bytes: Foundation's replacingOccurrences goes through UTF-16 and cost 3% of a build.
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                if Self.matches(done, in: bytes, at: index) {
                    result += labelledDone
                    index += done.count
                    continue
                }
                if Self.matches(toDo, in: bytes, at: index) {
                    result += labelledToDo
                    index += toDo.count
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The text of a node and its children, with breaks as spaces.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
