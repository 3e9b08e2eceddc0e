import SiteGenCore
import SiteGenManifest

/// `press/feed.xml` (beside the press page, wherever `slug:` puts it): every press mention as an Atom entry, newest first, whose
/// id is the article's address, so that it stays the same from build to build.
struct PressFeedGenerator {
    var config: SiteConfig
    var press: [PressMention]
    var title: String
    var addresses = BuiltInAddresses()

    /// `Press – Boulangerie Martin`, in the site's language.
    static func title(config: SiteConfig, texts: ThemeTexts) -> String {
        "\(texts.strings["press_title"] ?? "Press") – \(config.name)"
    }

    /// `nil` when there is no mention.
    func generate() -> String? {
        let mentions = press.sorted { ($0.date, $0.title) > ($1.date, $1.title) }
        guard let newest = mentions.first?.date else { return nil }
        let base = config.baseURL
        // A control character makes the whole feed ill-formed XML: none gets through, whatever the loaders let in.
        func escaped(_ text: String) -> String { HTMLEscaping.text(TextField.stripped(text)) }
        func address(_ sitePath: String) -> String { escaped(URLEncoding.uri(base.absolute(sitePath))) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escaped(config.language))">
              <title>\(escaped(title))</title>
              <link rel="self" type="application/atom+xml" href="\(address(addresses.pressFeed))"/>
              <link rel="alternate" type="text/html" href="\(address(addresses.press))"/>
              <id>\(address(addresses.pressFeed))</id>
              <updated>\(newest.rfc3339)</updated>
              <author><name>\(escaped(config.name))</name></author>

            """
        for mention in mentions {
            let link = mention.status == .dead ? (mention.archive ?? mention.url) : mention.url
            xml += """
                  <entry>
                    <title>\(escaped("\(mention.outlet): \(mention.title)"))</title>
                    <link rel="alternate" type="text/html" href="\(escaped(URLEncoding.uri(link)))"/>

                """
            if let archive = mention.archive, archive != link {
                xml += "    <link rel=\"related\" type=\"text/html\" href=\"\(escaped(URLEncoding.uri(archive)))\"/>\n"
            }
            xml += """
                    <id>\(escaped(URLEncoding.uri(mention.url)))</id>
                    <published>\(mention.date.rfc3339)</published>
                    <updated>\(mention.date.rfc3339)</updated>

                """
            if let quote = mention.quote {
                xml += "    <summary\(mention.language.map { " xml:lang=\"\(escaped($0))\"" } ?? "")>\(escaped(quote))</summary>\n"
            }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
