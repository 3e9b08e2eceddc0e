import Foundation
import Testing

@testable import SiteGen

/// `ScriptJSON` replaced `JSONSerialization` for speed; the pages must not
/// change by one byte. Each object here is written both ways and compared.
@Suite("Unit: ScriptJSON")
struct ScriptJSONTests {
    /// What the site's JSON-LD was before: Foundation's bytes, `<` escaped after.
    private func foundationJSON(_ object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
    }

    /// Every key the JSON-LD generators write, in one object, so that their
    /// order is checked as a whole.
    private static let generatorKeys = [
        "@context", "@graph", "@type", "@id", "name", "url", "description", "logo", "image", "telephone", "email",
        "address", "streetAddress", "addressLocality", "postalCode", "addressRegion", "addressCountry", "geo",
        "latitude", "longitude", "openingHoursSpecification", "dayOfWeek", "opens", "closes", "validFrom",
        "validThrough", "sameAs", "availableLanguage", "inLanguage", "publisher", "headline", "mainEntityOfPage",
        "author", "datePublished", "dateModified", "keywords", "sharedContent", "contentUrl",
    ]

    @Test("the generators' keys come out in Foundation's order")
    func generatorKeysInFoundationOrder() throws {
        var object: [String: Any] = [:]
        for (index, key) in Self.generatorKeys.enumerated() { object[key] = index }
        #expect(ScriptJSON.encode(object) == (try foundationJSON(object)))
    }

    @Test("escapes: quotes, backslashes, control characters, the script's <, and nothing else")
    func escapes() throws {
        var characters = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        characters += ["\"", "\\", "/", "<", ">", "&", "'", "\u{7F}", "é", "\u{2028}", "\u{2029}", "🥐", "</script>"]
        for character in characters {
            let object: [String: Any] = ["name": "a" + character + "b", "list": [character]]
            #expect(ScriptJSON.encode(object) == (try foundationJSON(object)), "\(Array(character.unicodeScalars))")
        }
        #expect(ScriptJSON.encode(["name": "</script>"]) == #"{"name":"\u003c/script>"}"#)
    }

    @Test("numbers and booleans as Foundation writes them")
    func numbers() throws {
        let doubles: [Double] = [48.1113, -1.68, 48, 0, -0.0, 1e-7, 1e21, 123_456_789.125, 0.1 + 0.2]
        for number in doubles {
            #expect(ScriptJSON.encode(["latitude": number]) == (try foundationJSON(["latitude": number])), "\(number)")
        }
        let object: [String: Any] = ["count": 42, "negative": -7, "yes": true, "no": false]
        #expect(ScriptJSON.encode(object) == (try foundationJSON(object)))
    }

    @Test("a value JSON cannot hold gives {}, as before")
    func invalidValue() {
        #expect(ScriptJSON.encode(["latitude": Double.nan]) == "{}")
        #expect(ScriptJSON.encode(["when": Date(timeIntervalSince1970: 0)]) == "{}")
    }

    @Test("the JSON-LD of a whole business")
    func generators() throws {
        let config = SiteConfig(
            name: "Boulangerie \"Martin\" & fils", baseURL: BaseURL("https://www.boulangerie-martin.fr/")!, language: "fr-FR",
            description: "Pain au levain </script>", businessType: "Bakery", newsSection: "news", logo: "/images/logo.svg",
            image: nil, email: "contact@boulangerie-martin.fr", telephone: PhoneNumber("02 99 12 34 56", country: "FR"),
            address: PostalAddress(street: "12 rue de la Paix", locality: "Rennes", postalCode: "35000", region: "Bretagne", country: "FR"),
            geo: GeoCoordinates(latitude: 48.1113, longitude: -1.68), hours: nil, specialHours: [], lastVerified: LastVerified(),
            extra: [:]
        )
        let generator = StructuredDataGenerator(config: config, profiles: [])
        #expect(generator.json() == (try foundationJSON(generator.graph())))
    }

    @Test("random objects: the same bytes as Foundation", arguments: 0..<8)
    func randomObjects(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for _ in 0..<40 {
            let object = randomDictionary(depth: 0, random: &random)
            #expect(ScriptJSON.encode(object) == (try foundationJSON(object)))
        }
    }

    private func randomDictionary(depth: Int, random: inout SplitMix64) -> [String: Any] {
        var object: [String: Any] = [:]
        for _ in 0..<Int.random(in: 0..<8, using: &random) { object[randomKey(random: &random)] = randomValue(depth: depth + 1, random: &random) }
        return object
    }

    /// Mostly the generators' keys and keys of letters and `@` in any case
    /// (the fast order); sometimes digits, spaces or accents (Foundation's).
    private func randomKey(random: inout SplitMix64) -> String {
        switch Int.random(in: 0..<4, using: &random) {
        case 0, 1: return Self.generatorKeys[Int.random(in: 0..<Self.generatorKeys.count, using: &random)]
        case 2: return randomText(alphabet: Array("@aAbBzZyYmM"), random: &random)
        default: return randomText(alphabet: Array("a1B2 é@-_Z09"), random: &random)
        }
    }

    private func randomValue(depth: Int, random: inout SplitMix64) -> Any {
        switch Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &random) {
        case 0: return randomText(alphabet: Array("ab <>/\\\"\n\t\u{1}é🥐&'"), random: &random)
        case 1: return Int.random(in: -1000...1000, using: &random)
        case 2: return Double(Int.random(in: -1_000_000...1_000_000, using: &random)) / Double(Int.random(in: 1...1000, using: &random))
        case 3: return Bool.random(using: &random)
        case 4: return (0..<Int.random(in: 0..<4, using: &random)).map { _ in randomValue(depth: depth + 1, random: &random) }
        default: return randomDictionary(depth: depth, random: &random)
        }
    }

    private func randomText(alphabet: [Character], random: inout SplitMix64) -> String {
        String((0..<Int.random(in: 1...7, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
    }
}
