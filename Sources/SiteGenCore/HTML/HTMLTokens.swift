import CGumbo

/// The start tags, attributes and comments that Gumbo, a real HTML5 parser,
/// finds in a piece of HTML, with their byte offsets in it. Attributes that
/// the parser moved elsewhere (`<body onload>` onto the page's body) are
/// listed too, at the place they were written. This is the one file that
/// sees Gumbo's C structures.
package struct HTMLTokens {
    package struct Attribute {
        /// As written, in lower case: `onerror`, `xlink:href`.
        package var name: String
        /// With character references decoded: `&#106;avascript:` reads `javascript:`.
        package var value: String
        /// From the first byte of the name to the last of the value (quotes included).
        package var range: Range<Int>
    }

    package struct StartTag {
        /// As written, in lower case; empty for elements the parser added.
        package var name: String
        /// The whole start tag, `<` to `>`.
        package var range: Range<Int>
        package var attributes: [Attribute]
    }

    package var tags: [StartTag] = []
    /// Where each comment begins, and its text as written (`<!--x-->`).
    package var comments: [(offset: Int, text: String)] = []

    /// Parses `bytes` as the body of a document, so that tags are read in the
    /// same state as a browser reads them inside a page.
    package init(parsing bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                var options = kGumboDefaultOptions
                guard let base = chars.baseAddress, let output = gumbo_parse_with_options(&options, base, chars.count) else { return }
                defer { gumbo_destroy_output(&options, output) }
                let start = UnsafeRawPointer(base)
                visit(output.pointee.document, start: start, count: chars.count)
            }
        }
    }

    private mutating func visit(_ node: UnsafeMutablePointer<GumboNode>?, start: UnsafeRawPointer, count: Int) {
        guard let node else { return }
        switch node.pointee.type {
        case GUMBO_NODE_DOCUMENT:
            children(node.pointee.v.document.children, start: start, count: count)
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            let element = node.pointee.v.element
            let tag = Self.text(element.original_tag)
            var attributes: [Attribute] = []
            for index in 0..<Int(element.attributes.length) {
                guard let raw = element.attributes.data[index] else { continue }
                let attribute = raw.assumingMemoryBound(to: GumboAttribute.self).pointee
                guard let nameData = attribute.original_name.data else { continue }
                let nameOffset = UnsafeRawPointer(nameData) - start
                guard nameOffset >= 0, nameOffset < count else { continue }
                var end = nameOffset + attribute.original_name.length
                if let valueData = attribute.original_value.data, attribute.original_value.length > 0 {
                    end = max(end, UnsafeRawPointer(valueData) - start + attribute.original_value.length)
                }
                attributes.append(
                    Attribute(
                        name: Self.text(attribute.original_name).lowercased(),
                        value: attribute.value.map { String(cString: $0) } ?? "",
                        range: nameOffset..<min(end, count)))
            }
            var name = ""
            var range = 0..<0
            if let tagData = element.original_tag.data, element.original_tag.length > 0 {
                let offset = UnsafeRawPointer(tagData) - start
                range = offset..<offset + element.original_tag.length
                name = String(tag.dropFirst().prefix { !" \t\n\r\u{0C}/>".contains($0) }).lowercased()
            }
            tags.append(StartTag(name: name, range: range, attributes: attributes))
            children(element.children, start: start, count: count)
        case GUMBO_NODE_COMMENT:
            let text = node.pointee.v.text.original_text
            if let data = text.data { comments.append((UnsafeRawPointer(data) - start, Self.text(text))) }
        default:
            break
        }
    }

    private mutating func children(_ vector: GumboVector, start: UnsafeRawPointer, count: Int) {
        for index in 0..<Int(vector.length) {
            visit(vector.data[index]?.assumingMemoryBound(to: GumboNode.self), start: start, count: count)
        }
    }

    private static func text(_ piece: GumboStringPiece) -> String {
        guard let data = piece.data, piece.length > 0 else { return "" }
        return UnsafeRawBufferPointer(start: data, count: piece.length).withMemoryRebound(to: UInt8.self) {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
