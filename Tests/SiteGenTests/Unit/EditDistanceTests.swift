import Testing

@testable import SiteGenCore

@Suite("Unit: EditDistance")
struct EditDistanceUnitTests {
    @Test(
        "distances, a swap of neighbours counting as one edit",
        arguments: [
            ("", "", 0),
            ("abc", "", 3),
            ("", "abc", 3),
            ("same", "same", 0),
            ("kitten", "sitting", 3),
            ("flaw", "lawn", 2),
            ("adress", "address", 1),
            ("titel", "title", 1),
            ("nmae", "name", 1),
            ("ab", "ba", 1),
            ("abc", "cba", 2),
            ("adderss", "address", 1),
            ("ca", "abc", 3),
            ("Name", "name", 0),
            ("LANGUAGE", "language", 0),
            ("café", "cafe", 1),
            ("crème", "creme", 1),
            ("日本", "日本語", 1),
            ("a", "b", 1),
            ("abcdef", "azcdxf", 2),
        ])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.between(a, b) == expected)
    }

    @Test(
        "symmetric and within the longer length",
        arguments: [
            ("hours", "hour"), ("special_hours", "specialhours"), ("geo", "logo"), ("x", "extra"), ("", "url"),
        ])
    func properties(_ a: String, _ b: String) {
        let forward = EditDistance.between(a, b)
        #expect(forward == EditDistance.between(b, a))
        #expect(forward <= max(a.count, b.count))
        #expect(forward >= abs(a.count - b.count))
    }
}
