import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed feed (a section's, the press feed), with what
/// the tests read: its children, attributes and text. Parsing fails the test when the
/// XML is not well-formed.
final class FeedXML {
    let name: String
    let attributes: [String: String]
    var children: [FeedXML] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [FeedXML] { children.filter { $0.name == name } }
    func first(_ name: String) -> FeedXML? { children.first { $0.name == name } }

    static func parse(_ xml: String) throws -> FeedXML {
        let parser = XMLParser(data: Data(xml.utf8))
        let builder = Builder()
        parser.delegate = builder
        let succeeded = parser.parse()
        #expect(succeeded, "XMLParser: \(String(describing: builder.error ?? parser.parserError))")
        #expect(builder.error == nil)
        return try #require(builder.root)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [FeedXML] = []
        var root: FeedXML?
        var error: Error?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            let element = FeedXML(name: elementName, attributes: attributeDict)
            stack.last?.children.append(element)
            if stack.isEmpty { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            if error == nil { error = parseError }
        }
    }
}
