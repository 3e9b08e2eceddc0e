import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: VCardGenerator")
struct VCardGeneratorUnitTests {
    private func config(
        name: String = "Boulangerie Martin",
        description: String? = "Pain au levain, viennoiseries",
        telephone: PhoneNumber? = PhoneNumber("+33 2 99 12 34 56", country: nil),
        email: String? = "contact@boulangerie-martin.fr",
        address: PostalAddress? = PostalAddress(
            street: "12 rue de la Paix", locality: "Rennes", postalCode: "35000", region: "Bretagne", country: "FR"),
        geo: GeoCoordinates? = GeoCoordinates(latitude: 48.1113, longitude: -1.68)
    ) -> SiteConfig {
        SiteConfig(
            name: name, baseURL: BaseURL("https://www.boulangerie-martin.fr/")!, language: "fr", description: description,
            businessType: "Bakery", newsSection: "news", logo: nil, image: nil, email: email, telephone: telephone,
            address: address, geo: geo, hours: nil, specialHours: [], lastVerified: LastVerified(), extra: [:]
        )
    }

    private func profile(_ url: String, line: Int) -> RecognisedProfile {
        RecognisedProfile(
            profile: Profile(url: url, label: nil, location: SiteGenCore.SourceLocation(file: "links.yml", line: line, column: 5)),
            platform: nil, handle: nil, displayName: "x")
    }

    /// The logical lines of a vCard: physical lines unfolded.
    private func logicalLines(_ card: String) -> [String] {
        var unfolded = card.replacingOccurrences(of: "\r\n ", with: "")
        if unfolded.hasSuffix("\r\n") { unfolded.removeLast() }
        return unfolded.components(separatedBy: "\r\n")
    }

    /// The physical lines, split on CRLF, as bytes.
    private func physicalLines(_ card: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(card.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append([])
                index += 2
            } else {
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
        }
        return lines
    }

    @Test("the whole card, in order, with CRLF line ends")
    func wholeCard() {
        let card = VCardGenerator(
            config: config(),
            profiles: [
                profile("https://mastodon.social/@boulangerie_martin", line: 2),
                profile("https://www.instagram.com/boulangerie.martin/", line: 3),
            ]
        ).generate()
        #expect(
            card == [
                "BEGIN:VCARD",
                "VERSION:3.0",
                "FN:Boulangerie Martin",
                "N:Boulangerie Martin;;;;",
                "ORG:Boulangerie Martin",
                "TEL;TYPE=WORK,VOICE:+33299123456",
                "EMAIL;TYPE=INTERNET,WORK:contact@boulangerie-martin.fr",
                "ADR;TYPE=WORK:;;12 rue de la Paix;Rennes;Bretagne;35000;FR",
                "GEO:48.1113;-1.68",
                "URL:https://www.boulangerie-martin.fr/",
                "URL:https://mastodon.social/@boulangerie_martin",
                "URL:https://www.instagram.com/boulangerie.martin/",
                "NOTE:Pain au levain\\, viennoiseries",
                "END:VCARD",
            ].joined(separator: "\r\n") + "\r\n")
    }

    @Test("only what is known is written; BEGIN, VERSION and END frame the card")
    func minimalCard() {
        let card = VCardGenerator(config: config(description: nil, telephone: nil, email: nil, address: nil, geo: nil), profiles: []).generate()
        let lines = logicalLines(card)
        #expect(lines.first == "BEGIN:VCARD")
        #expect(lines.dropFirst().first == "VERSION:3.0")
        #expect(lines.last == "END:VCARD")
        #expect(!card.contains("TEL"))
        #expect(!card.contains("EMAIL"))
        #expect(!card.contains("ADR"))
        #expect(!card.contains("GEO"))
        #expect(!card.contains("NOTE"))
        #expect(lines.filter { $0.hasPrefix("URL:") } == ["URL:https://www.boulangerie-martin.fr/"])
    }

    @Test("every line ends with CRLF, including the last; no bare CR or LF")
    func lineEnds() {
        let long = String(repeating: "Pain, croissants; brioches\nbaguettes ", count: 10)
        let card = VCardGenerator(config: config(name: long, description: long), profiles: []).generate()
        #expect(card.hasSuffix("END:VCARD\r\n"))
        let bytes = Array(card.utf8)
        for (index, byte) in bytes.enumerated() {
            if byte == 10 { #expect(index > 0 && bytes[index - 1] == 13, "LF at \(index) without CR") }
            if byte == 13 { #expect(index + 1 < bytes.count && bytes[index + 1] == 10, "CR at \(index) without LF") }
        }
    }

    @Test("long lines are folded at 75 octets, never inside a UTF-8 character")
    func folding() throws {
        let name = String(repeating: "Pâtisserie é 🥐 crème brûlée 👩‍🍳 ", count: 8)
        let description = String(repeating: "é", count: 200) + String(repeating: "🥖", count: 50) + String(repeating: "a", count: 77)
        let card = VCardGenerator(config: config(name: name, description: description), profiles: []).generate()
        let physical = physicalLines(card)
        #expect(physical.last == [], "the card ends with CRLF")
        for (index, line) in physical.dropLast().enumerated() {
            #expect(line.count <= 75, "line \(index) has \(line.count) octets")
            // Each physical line on its own is valid UTF-8: no character was cut.
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(index) is not valid UTF-8")
        }
        // Something was actually folded.
        let continuations = physical.filter { $0.first == 0x20 }
        #expect(continuations.count > 10)
        // Continuations start with exactly one space (the text has no double spaces at fold points of its own).
        let logical = logicalLines(card)
        #expect(logical.contains("FN:" + VCardGenerator.escaped(name)))
        #expect(logical.contains("ORG:" + VCardGenerator.escaped(name)))
        #expect(logical.contains("NOTE:" + description))
        #expect(logical.first == "BEGIN:VCARD")
        #expect(logical.last == "END:VCARD")
    }

    @Test("folding: exact 75-octet boundary and continuation lengths")
    func foldBoundaries() {
        let exactly75 = String(repeating: "a", count: 75)
        #expect(VCardGenerator.folded(exactly75) == exactly75)
        let seventySix = String(repeating: "a", count: 76)
        #expect(VCardGenerator.folded(seventySix) == String(repeating: "a", count: 75) + "\r\n a")
        // Continuations hold 74 octets after their space, so that they are 75 in all.
        let long = String(repeating: "b", count: 75 + 74 + 3)
        #expect(VCardGenerator.folded(long) == String(repeating: "b", count: 75) + "\r\n " + String(repeating: "b", count: 74) + "\r\n bbb")
        // A two-octet character that would straddle octet 75 moves whole to the next line.
        let straddling = String(repeating: "a", count: 74) + "é"
        #expect(VCardGenerator.folded(straddling) == String(repeating: "a", count: 74) + "\r\n é")
        // A four-octet emoji likewise.
        let emoji = String(repeating: "a", count: 73) + "🥐"
        #expect(VCardGenerator.folded(emoji) == String(repeating: "a", count: 73) + "\r\n 🥐")
        #expect(VCardGenerator.folded("") == "")
    }

    @Test("unfolding gives back every logical line", arguments: [40, 75, 76, 150, 151, 400])
    func unfolding(_ length: Int) {
        let text = String(String(repeating: "Ça ñ 🍞 x", count: 100).prefix(length))
        let folded = VCardGenerator.folded("NOTE:" + text)
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == "NOTE:" + text)
        for piece in folded.components(separatedBy: "\r\n") {
            #expect(piece.utf8.count <= 75)
        }
        for piece in folded.components(separatedBy: "\r\n").dropFirst() {
            #expect(piece.hasPrefix(" "))
        }
    }

    @Test(
        "text values are escaped",
        arguments: [
            ("a\\b", "a\\\\b"),
            ("Pain, vin", "Pain\\, vin"),
            ("Martin; fils", "Martin\\; fils"),
            ("ligne 1\nligne 2", "ligne 1\\nligne 2"),
            ("ligne 1\r\nligne 2", "ligne 1\\nligne 2"),
            ("ligne 1\rligne 2", "ligne 1\\nligne 2"),
            ("\\,;\n", "\\\\\\,\\;\\n"),
            ("plain: text", "plain: text"),
        ])
    func escaping(_ text: String, _ escaped: String) {
        #expect(VCardGenerator.escaped(text) == escaped)
    }

    @Test("FN, N, ORG, NOTE and ADR parts are escaped in the card")
    func escapedFields() {
        let address = PostalAddress(
            street: "12, rue de la Paix; bât. B", locality: "Saint-Malo\\Intra", postalCode: "35400", region: nil, country: "FR")
        let card = VCardGenerator(config: config(name: "Martin, Fils; & Cie", description: "Ouvert\nle dimanche", address: address), profiles: [])
            .generate()
        let lines = logicalLines(card)
        #expect(lines.contains("FN:Martin\\, Fils\\; & Cie"))
        #expect(lines.contains("N:Martin\\, Fils\\; & Cie;;;;"))
        #expect(lines.contains("ORG:Martin\\, Fils\\; & Cie"))
        #expect(lines.contains("NOTE:Ouvert\\nle dimanche"))
        // The seven ADR components stay seven: the address's own ; and , are escaped, a missing region is empty.
        #expect(lines.contains("ADR;TYPE=WORK:;;12\\, rue de la Paix\\; bât. B;Saint-Malo\\\\Intra;;35400;FR"))
    }

    @Test("the telephone is written in E.164, whatever the owner typed")
    func telephone() throws {
        let number = try #require(PhoneNumber("02 99 12 34 56", country: "FR"))
        let card = VCardGenerator(config: config(telephone: number), profiles: []).generate()
        #expect(logicalLines(card).filter { $0.hasPrefix("TEL") } == ["TEL;TYPE=WORK,VOICE:+33299123456"])
    }

    @Test("one URL line per profile, in order, after the site's own")
    func profileURLs() {
        let urls = (1...5).map { "https://example\($0).social/@boulangerie" }
        let card = VCardGenerator(config: config(), profiles: urls.enumerated().map { profile($0.element, line: $0.offset + 2) }).generate()
        #expect(logicalLines(card).filter { $0.hasPrefix("URL:") } == ["URL:https://www.boulangerie-martin.fr/"] + urls.map { "URL:" + $0 })
    }

    @Test("GEO is written as two plain decimal numbers")
    func geo() {
        let card = VCardGenerator(config: config(geo: GeoCoordinates(latitude: -33.8688, longitude: 151.2093)), profiles: []).generate()
        #expect(logicalLines(card).contains("GEO:-33.8688;151.2093"))
    }

    @Test("GEO near the Greenwich meridian is not written in exponent notation")
    func geoSmallValues() {
        // A shop a few metres west of the meridian; vCard 3.0 GEO is two plain floats ("-0.00005"), not "-5e-05".
        let card = VCardGenerator(config: config(geo: GeoCoordinates(latitude: 51.4769, longitude: -0.00005)), profiles: []).generate()
        let geoLine = logicalLines(card).first { $0.hasPrefix("GEO:") } ?? ""
        #expect(!geoLine.contains("e"), "\(geoLine)")
    }

    /// A card with every field, escapes and folded lines, written once and
    /// checked by hand: the same input must give these bytes in every
    /// process and on every machine.
    @Test("the same input gives the bytes of the golden file")
    func deterministic() throws {
        let description = "Pain au levain, viennoiseries; pâtisseries \\ crème brûlée 🥐\nOuvert le dimanche matin, de 7 h à 13 h, sauf en août"
        let card = VCardGenerator(
            config: config(name: "Boulangerie Martin & Fils", description: description),
            profiles: [
                profile("https://mastodon.social/@boulangerie_martin", line: 2),
                profile("https://www.instagram.com/boulangerie.martin/", line: 3),
            ]
        ).generate()
        let golden = try Data(contentsOf: TestSupport.fixture("generated-files").appendingPathComponent("contact.vcf"))
        #expect(Data(card.utf8) == golden, "Fixtures/generated-files/contact.vcf differs:\n\(card)")
    }
}
