import CGumbo

/// A piece of HTML that sitegen did not write, read by Gumbo (a real HTML5
/// parser, so read as a browser reads it) into a small Swift tree: elements
/// with their lower-case names and decoded attributes, and text, decoded.
/// Comments and the content of `<template>` are left out.
///
/// Bounded for hostile input: at most `Limits.maximumBytes` are read, and
/// no element nests deeper than about `Limits.maximumDepth` (deeper start
/// tags are left out before Gumbo reads the HTML, see `HTMLNestingGuard`;
/// whatever Gumbo still nests deeper is dropped). The tree is built with a
/// stack of its own, never by recursion, so no input can overflow the
/// thread's stack, and whoever walks the tree recursively recurses at most
/// that deep.
package struct HTMLTree: Sendable, Equatable {
    package enum Node: Sendable, Equatable {
        case element(Element)
        case text(String)
    }

    package struct Element: Sendable, Equatable {
        package var name: String
        package var attributes: [Attribute]
        package var children: [Node]

        package init(name: String, attributes: [Attribute] = [], children: [Node] = []) {
            self.name = name
            self.attributes = attributes
            self.children = children
        }

        /// The value of the first attribute of that (lower-case) name.
        package func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    package struct Attribute: Sendable, Equatable {
        /// In lower case.
        package var name: String
        /// With character references decoded.
        package var value: String

        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    package struct Limits: Sendable, Equatable {
        /// Bytes of UTF-8 read; the rest is left out.
        package var maximumBytes: Int
        package var maximumDepth: Int

        package init(maximumBytes: Int = 8_000_000, maximumDepth: Int = 512) {
            self.maximumBytes = maximumBytes
            self.maximumDepth = maximumDepth
        }
    }

    /// The nodes of a fragment; a document's `<html>` element.
    package var nodes: [Node]
    /// Whether the HTML was longer than `Limits.maximumBytes` and was cut.
    package var isTruncated: Bool

    /// Reads `html` as the content of a `<body>`: a post, a comment, a
    /// title. Nothing is moved into a `<head>`.
    package init(fragment html: String, limits: Limits = Limits()) {
        self.init(html, fragment: true, limits: limits)
    }

    /// Reads `html` as a whole page.
    package init(document html: String, limits: Limits = Limits()) {
        self.init(html, fragment: false, limits: limits)
    }

    private init(_ html: String, fragment: Bool, limits: Limits) {
        var bytes = Array(html.utf8.prefix(limits.maximumBytes))
        isTruncated = bytes.count < html.utf8.count
        // Cut at the start of a character, not inside one.
        if isTruncated, let start = bytes.lastIndex(where: { $0 & 0xC0 != 0x80 }), start >= bytes.count - 4 {
            let length = Self.sequenceLength(bytes[start])
            if start + length > bytes.count { bytes.removeSubrange(start...) }
        }
        bytes = HTMLNestingGuard.limitingDepth(of: bytes, to: limits.maximumDepth)
        nodes = Self.parse(bytes, fragment: fragment, maximumDepth: limits.maximumDepth + Self.parserAddedDepth)
    }

    /// Room for the elements that the parser adds and the guard does not
    /// count: `<html>`, `<body>`, a table's `<tbody>` and `<tr>`.
    private static let parserAddedDepth = 16

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    // MARK: Gumbo

    /// The one place that calls Gumbo and frees what it returns.
    private static func parse(_ bytes: [UInt8], fragment: Bool, maximumDepth: Int) -> [Node] {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars -> [Node] in
                var options = kGumboDefaultOptions
                // Errors are not read; a broken page must not fill memory with them.
                options.max_errors = 0
                if fragment { options.fragment_context = GUMBO_TAG_BODY }
                guard let base = chars.baseAddress, let output = gumbo_parse_with_options(&options, base, chars.count) else { return [] }
                defer { gumbo_destroy_output(&options, output) }
                // A fragment's nodes are the children of the `<html>` that
                // Gumbo puts around them.
                let top = fragment ? output.pointee.root : output.pointee.document
                guard let top else { return [] }
                let children = top.pointee.type == GUMBO_NODE_DOCUMENT ? top.pointee.v.document.children : top.pointee.v.element.children
                return build(children, maximumDepth: maximumDepth)
            }
        }
    }

    /// An element whose children are being read.
    private struct Frame {
        var children: GumboVector
        var next = 0
        var element: Element
    }

    private static func build(_ children: GumboVector, maximumDepth: Int) -> [Node] {
        var stack = [Frame(children: children, element: Element(name: ""))]
        while let last = stack.indices.last {
            guard stack[last].next < Int(stack[last].children.length) else {
                let done = stack.removeLast()
                guard let parent = stack.indices.last else { return done.element.children }
                stack[parent].element.children.append(.element(done.element))
                continue
            }
            let raw = stack[last].children.data[stack[last].next]
            stack[last].next += 1
            guard let node = raw?.assumingMemoryBound(to: GumboNode.self) else { continue }
            switch node.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                guard let text = node.pointee.v.text.text else { continue }
                stack[last].element.children.append(.text(String(cString: text)))
            case GUMBO_NODE_ELEMENT where stack.count <= maximumDepth:
                let element = node.pointee.v.element
                stack.append(Frame(children: element.children, element: Element(name: name(of: element), attributes: attributes(of: element))))
            default:
                // Comments, templates, and elements nested too deep.
                continue
            }
        }
        return []
    }

    private static func name(of element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let known = gumbo_normalized_tagname(element.tag) {
            let name = String(cString: known)
            if !name.isEmpty { return name.lowercased() }
        }
        var piece = element.original_tag
        gumbo_tag_from_original_text(&piece)
        guard let data = piece.data, piece.length > 0 else { return "" }
        let bytes = UnsafeRawBufferPointer(start: data, count: piece.length)
        return String(decoding: bytes, as: UTF8.self).lowercased()
    }

    private static func attributes(of element: GumboElement) -> [Attribute] {
        var attributes: [Attribute] = []
        for index in 0..<Int(element.attributes.length) {
            guard let raw = element.attributes.data[index] else { continue }
            let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
            guard let name = attribute.name else { continue }
            attributes.append(Attribute(name: String(cString: name).lowercased(), value: attribute.value.map { String(cString: $0) } ?? ""))
        }
        return attributes
    }
}
