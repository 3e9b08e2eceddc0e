import Testing

@testable import SiteGen

@Suite("Unit: Slugifier")
struct SlugifierUnitTests {
    @Test(
        "slugs",
        arguments: [
            ("Crème brûlée", "creme-brulee"),
            ("Nos pains & viennoiseries", "nos-pains-viennoiseries"),
            ("Ça va ?", "ca-va"),
            ("  Hello, World!  ", "hello-world"),
            ("--Hello--", "hello"),
            ("...pourquoi?!", "pourquoi"),
            ("Top 10 des croissants", "top-10-des-croissants"),
            ("2024", "2024"),
            ("Horaires 2024/2025", "horaires-2024-2025"),
            ("snake_case_name", "snake_case_name"),
            ("__init__", "__init__"),
            ("a  -  b", "a-b"),
            ("Straße", "straße"),
            ("Œufs frais", "œufs-frais"),
            ("Cre\u{0300}me", "creme"),
            ("ÉTÉ", "ete"),
            ("Ελληνικά", "ελληνικά"),
            ("日本語", "日本語"),
            ("東京 大阪", "東京-大阪"),
            ("한국어", "한국어"),
            ("Pain 🥖 frais", "pain-frais"),
            ("🥐🥐", ""),
            ("", ""),
            ("!!!", ""),
            ("   ", ""),
        ])
    func slug(_ text: String, _ expected: String) {
        #expect(Slugifier.slug(text) == expected)
    }

    @Test("a slug is already a slug")
    func idempotent() {
        for text in ["Crème brûlée", "Nos pains & viennoiseries", "Ελληνικά", "日本語", "snake_case_name"] {
            let once = Slugifier.slug(text)
            #expect(Slugifier.slug(once) == once)
        }
    }

    @Test(
        "a slug never starts or ends with a hyphen, nor has two in a row",
        arguments: [
            "-a-", "a--b", " - ", "(a) [b] {c}", "a 🥖 🥖 b", "#1: the best",
        ])
    func hyphens(_ text: String) {
        let slug = Slugifier.slug(text)
        #expect(!slug.hasPrefix("-"))
        #expect(!slug.hasSuffix("-"))
        #expect(!slug.contains("--"))
    }

    /// Combining marks that are part of a letter in other scripts (the kana
    /// voicing marks, the Cyrillic breve of й, the Devanagari virama) are
    /// dropped as if they were Latin accents, which changes the word.
    @Test(
        "marks that belong to letters of other scripts are kept",
        arguments: [
            ("パン屋", "パン屋"),
            ("ページ", "ページ"),
            ("がっこう", "がっこう"),
            ("Чайка", "чайка"),
            ("हिन्दी", "हिन्दी"),
        ])
    func nonLatinMarks(_ text: String, _ expected: String) {
        #expect(Slugifier.slug(text) == expected)
    }
}
