import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The writers of XML and vCards as a last line of defence: whatever a
/// loader lets through, no raw control character reaches the file.
@Suite("Unit: control characters in outputs")
struct OutputControlCharacterUnitTests {
    static let config = SiteConfig(
        name: "Shop\u{1}", baseURL: BaseURL("https://shop.example/")!, language: "fr", description: "Fresh\u{7} bread\r\nTEL:+33100000000",
        businessType: "Bakery", newsSection: "news", logo: nil, image: nil, email: nil, telephone: nil,
        address: nil, geo: nil, hours: nil, specialHours: [], lastVerified: LastVerified(), extra: [:]
    )

    @Test func thePressFeedStaysWellFormed() throws {
        let mention = PressMention(
            url: "https://paper.example/a", title: "Fresh\u{1}bread", outlet: "Paper\u{1B}", date: ContentDate(year: 2024, month: 3, day: 12),
            quote: "a\u{0}b", language: nil, archive: nil, status: .live, location: SourceLocation(file: "links.yml"))
        let xml = try #require(PressFeedGenerator(config: Self.config, press: [mention], title: "Press").generate())
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(xml.contains("Paper: Freshbread"))
    }

    @Test func theVCardHoldsNoControlCharacterAndNoInjectedLine() {
        let profile = RecognisedProfile(
            profile: Profile(url: "https://social.example/@shop\r\nTEL:+33100000000", label: nil, location: SourceLocation(file: "links.yml")),
            platform: nil, handle: nil, displayName: "x")
        let card = VCardGenerator(config: Self.config, profiles: [profile]).generate()
        let lines = card.components(separatedBy: "\r\n")
        #expect(!lines.contains { $0.hasPrefix("TEL") })
        #expect(!card.unicodeScalars.contains { $0.value < 0x20 && $0 != "\r" && $0 != "\n" })
        #expect(lines.contains("FN:Shop"))
        #expect(lines.contains("NOTE:Fresh bread\\nTEL:+33100000000"))
    }
}
