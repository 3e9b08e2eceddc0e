import Foundation

/// `press add URL --fetch`: reads an article's page and what it says about
/// itself (headline, outlet, date, language).
public struct ArticleFetcher: Sendable {
    public var limits: FetchLimits
    public var transport: HTTPTransport

    public init(limits: FetchLimits = FetchLimits(), transport: HTTPTransport = .live) {
        self.limits = limits
        self.transport = transport
    }

    /// Blocking (the CLI is synchronous). Throws FetchError with a clear,
    /// one-line message that says what went wrong; what to do instead
    /// depends on the command (which flags it was given, a terminal).
    public func fetch(_ url: String) throws(FetchError) -> ArticleMetadata {
        let text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let address = URL(string: text), HTTPTransport.isWeb(address) else {
            throw FetchError("\"\(Self.shown(text))\" is not an http: or https: address")
        }
        let response = try transport.get(address, limits)
        let finalURL = URL(string: response.finalURL).map(HTTPTransport.isWeb) == true ? response.finalURL : address.absoluteString
        guard (200..<300).contains(response.status) else {
            throw FetchError("HTTP \(response.status) from \(finalURL)")
        }
        switch Self.mediaType(response.contentType) {
        case "text/html", "application/xhtml+xml":
            break
        case nil where Self.looksLikeHTML(response.body):
            break
        case nil:
            throw FetchError("\(finalURL) is not an HTML page (it has no Content-Type and does not start like one)")
        case let type?:
            throw FetchError("\(finalURL) is not an HTML page (\(type))")
        }
        let html = HTMLText.decode(response.body, contentType: response.contentType)
        return ArticleMetadataExtractor().extract(html: html, finalURL: finalURL)
    }

    /// `text/html` from `Text/HTML; charset=utf-8`; nil when there is none.
    static func mediaType(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let cleaned = type.trimmingCharacters(in: .whitespaces).lowercased()
            .filter { $0.isASCII && ($0.isLetter || $0.isNumber || "/+-.".contains($0)) }
        return cleaned.isEmpty ? nil : String(cleaned.prefix(100))
    }

    /// For a server that names no type: what a browser would sniff as HTML.
    static func looksLikeHTML(_ body: Data) -> Bool {
        let start = String(decoding: body.prefix(512), as: UTF8.self)
            .drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(14).lowercased()
        return ["<!doctype html", "<html", "<head", "<title", "<meta", "<!--"].contains { start.hasPrefix($0) }
    }

    private static func shown(_ text: String) -> String {
        String(text.prefix(200).map { $0.isNewline ? " " : $0 })
    }
}
