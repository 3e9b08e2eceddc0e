import SiteGenCore

/// The pages that are translations of each other: those of different
/// languages with the same translation key (`translation_key:`, else the
/// same path, `a-propos.md` and `a-propos.en.md`). Two pages of one
/// language with the same key are an error: a page has one translation
/// per language.
struct TranslationGroups {
    /// Each page that has a translation, with its whole group in the order of the languages.
    private(set) var groups: [PageID: [PageID]] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(pages: [Page], languages: [SiteLanguage]) {
        guard languages.count > 1 else { return }
        let order = Dictionary(languages.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var byKey: [String: [PageID]] = [:]
        for (position, page) in pages.enumerated() {
            byKey[page.translationKey, default: []].append(PageID(position))
        }
        for key in byKey.keys.sorted() {
            var members: [String: PageID] = [:]
            for id in byKey[key]! {
                let page = pages[id.position]
                if let first = members[page.language] {
                    let location = page.frontMatter.keyLocations["translation_key"] ?? page.location
                    let other = pages[first.position].source?.displayPath ?? pages[first.position].sitePath
                    diagnostics.append(
                        .error(
                            at: location,
                            "\(other) is already the \(page.language) translation of \(key.isEmpty ? "the home page" : "\"\(key)\""); give this page another translation_key:, or remove it"
                        ))
                    continue
                }
                members[page.language] = id
            }
            guard members.count > 1 else { continue }
            let group = members.values.sorted { order[pages[$0.position].language, default: 0] < order[pages[$1.position].language, default: 0] }
            for id in group { groups[id] = group }
        }
    }
}
