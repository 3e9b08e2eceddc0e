import SiteGenCore

/// On a site in several languages, which language each file of `content/`
/// is in, from its name: `contact.en.md` is the English `contact.md`, and
/// is planned as `en/contact.md`, in the English edition of the site. A
/// file without a language before `.md` is in the default language.
struct TranslationFiles {
    var config: SiteConfig

    func assign(_ sources: [LoadedSource]) -> (sources: [LoadedSource], diagnostics: [Diagnostic]) {
        guard config.isMultilingual else { return (sources, []) }
        let languages = config.languages
        let list = languages.map(\.code).joined(separator: ", ")
        var diagnostics: [Diagnostic] = []
        var assigned: [LoadedSource] = []
        var byEditionPath: [String: ContentSource] = [:]
        for var loaded in sources {
            let source = loaded.source
            // `content/en/` would be planned at the English pages' addresses.
            if let first = source.relativePath.split(separator: "/").first, source.relativePath.contains("/"),
                let language = languages.first(where: { !$0.isDefault && $0.folder == first.lowercased() })
            {
                diagnostics.append(
                    .error(
                        at: source.location(),
                        "content/\(first)/ has the name of the \(language.code) pages' folder (/\(language.folder)/); translations sit beside their page, as contact.\(language.code).md: rename the folder"
                    ))
                continue
            }
            let name = String(source.fileName.dropLast(3))
            if let dot = name.lastIndex(of: "."), dot != name.startIndex {
                let suffix = String(name[name.index(after: dot)...])
                let base = String(name[..<dot])
                if let language = languages.first(where: { $0.code.lowercased() == suffix.lowercased() }) {
                    loaded.source.language = language.code
                    let folder = language.editionFolder(source.folder)
                    loaded.source.editionPath = (folder.isEmpty ? "" : folder + "/") + base + ".md"
                } else if Self.looksLikeLanguage(suffix) {
                    diagnostics.append(
                        .error(
                            at: source.location(),
                            "the file name says it is in \(suffix), which is not one of the site's languages (\(list)); add it to `languages:` in site.yml, or rename the file"
                        ))
                    continue
                }
            }
            if let other = byEditionPath[loaded.source.editionPath] {
                let language = loaded.source.language ?? config.language
                diagnostics.append(
                    .error(
                        at: source.location(),
                        "\(other.displayPath) is already the \(language) version of this page; keep one of the two files"))
                continue
            }
            byEditionPath[loaded.source.editionPath] = loaded.source
            assigned.append(loaded)
        }
        return (assigned, diagnostics)
    }

    /// `de`, `pt-BR`: what a file name's last part before `.md` would be if
    /// it meant a language. Three-letter codes are left out, as `menu.old.md`
    /// is more likely an old menu than a language.
    static func looksLikeLanguage(_ suffix: String) -> Bool {
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, primary.count == 2, primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        guard parts.count <= 2, parts.dropFirst().allSatisfy({ $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } }) else {
            return false
        }
        return LanguageNames.ownName(language: suffix) != nil
    }
}
