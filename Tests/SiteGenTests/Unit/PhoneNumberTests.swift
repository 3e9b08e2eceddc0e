import Testing

@testable import SiteGen

@Suite("Unit: PhoneNumber")
struct PhoneNumberUnitTests {
    @Test(
        "international forms become E.164",
        arguments: [
            ("+33 2 99 12 34 56", "+33299123456"),
            ("0033 2 99 12 34 56", "+33299123456"),
            ("+44 (0)20 7946 0958", "+442079460958"),
            ("+33.2.99.12.34.56", "+33299123456"),
            ("+33-2-99-12-34-56", "+33299123456"),
            ("+33\u{00A0}2\u{00A0}99\u{00A0}12\u{00A0}34\u{00A0}56", "+33299123456"),
            ("+33\u{202F}2\u{202F}99\u{202F}12\u{202F}34\u{202F}56", "+33299123456"),
            ("+1 (415) 555-0132", "+14155550132"),
            ("+32 2/123 45 67", "+3221234567"),
            ("+33299123456", "+33299123456"),
        ])
    func international(_ text: String, _ e164: String) throws {
        let number = try #require(PhoneNumber(text, country: nil))
        #expect(number.e164 == e164)
        // The country of the address does not change an international number.
        #expect(PhoneNumber(text, country: "US")?.e164 == e164)
    }

    @Test(
        "national numbers with the country of the address",
        arguments: [
            ("02 99 12 34 56", "FR", "+33299123456"),
            ("02.99.12.34.56", "fr", "+33299123456"),
            ("06 1234 5678", "IT", "+390612345678"),
            ("(415) 555-0132", "US", "+14155550132"),
            ("030 1234567", "DE", "+49301234567"),
            ("91 123 45 67", "ES", "+34911234567"),
            ("020 7946 0958", "GB", "+442079460958"),
        ])
    func national(_ text: String, _ country: String, _ e164: String) {
        #expect(PhoneNumber(text, country: country)?.e164 == e164)
    }

    @Test("a national number needs a known country")
    func nationalWithoutCountry() {
        #expect(PhoneNumber("02 99 12 34 56", country: nil) == nil)
        #expect(PhoneNumber("02 99 12 34 56", country: "XX") == nil)
        #expect(PhoneNumber("02 99 12 34 56", country: "") == nil)
    }

    @Test(
        "what is not a telephone number is refused",
        arguments: [
            "", "   ", "+", "00", "call us", "+33 2 99 CA FE 56", "02 99 12 34 56 ext. 2",
            "+33 2 99", "+1234567",  // too short: fewer than 8 digits
            "+1234567890123456",  // 16 digits, over E.164's 15
            "+0 2 99 12 34 56", "000 2 99 12 34 56", "+33 2 99 12 34 56 #", "+33 ２ 99 12 34 56",
        ])
    func refused(_ text: String) {
        #expect(PhoneNumber(text, country: "FR") == nil)
    }

    @Test("the limits of E.164 length")
    func lengthLimits() {
        #expect(PhoneNumber("+12345678", country: nil)?.e164 == "+12345678")
        #expect(PhoneNumber("+123456789012345", country: nil)?.e164 == "+123456789012345")
        #expect(PhoneNumber("+1234567890123456", country: nil) == nil)
        // A national number that becomes too long once the country code is added.
        #expect(PhoneNumber("0123456789012345", country: "IT") == nil)
    }

    @Test("a North American number written with its trunk prefix 1")
    func northAmericanTrunkPrefix() {
        // "1-800-555-0199" is how many US and Canadian owners write their number.
        #expect(PhoneNumber("1-800-555-0199", country: "US")?.e164 == "+18005550199")
        #expect(PhoneNumber("1 (514) 555-0123", country: "CA")?.e164 == "+15145550123")
    }

    @Test("display keeps the owner's text, trimmed")
    func display() throws {
        let number = try #require(PhoneNumber("  02 99 12 34 56 ", country: "FR"))
        #expect(number.display == "02 99 12 34 56")
        #expect(number.e164 == "+33299123456")
        let london = try #require(PhoneNumber("+44 (0)20 7946 0958", country: nil))
        #expect(london.display == "+44 (0)20 7946 0958")
    }
}
