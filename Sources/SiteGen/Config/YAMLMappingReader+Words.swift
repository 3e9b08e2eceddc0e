import SiteGenCore

extension YAMLMappingReader {
    /// A value that is words, written as one text, or on a site in several
    /// languages as one text per language (`fr: …`, `en: …`). Returns the
    /// text of the default language (the first of `languages`) and the
    /// others by language code. A language left out is a warning: its pages
    /// show the default language's text.
    func words(_ key: String, languages: [String]) -> (text: String?, translations: [String: String]) {
        guard let node = node(key) else { return (nil, [:]) }
        guard case .mapping = node, let reader = mapping(key) else { return (string(key), [:]) }
        defer { absorb(reader) }
        let list = languages.joined(separator: ", ")
        for code in reader.keys where !languages.contains(code) {
            let advice =
                languages.count == 1
                ? "the site is in one language (\(list)); to publish in several, list them first: languages: [\(list), \(code)]"
                : "it is not one of the site's languages (\(list)); add it to `languages:`, or remove this line"
            reader.error(at: reader.location(ofKey: code), "\(reader.path).\(code): \(advice)")
        }
        var texts: [String: String] = [:]
        for code in languages { texts[code] = reader.string(code) }
        let defaultLanguage = languages[0]
        if texts[defaultLanguage] == nil, reader.node(defaultLanguage) == nil {
            reader.error(at: reader.mappingLocation, "\(reader.path): no `\(defaultLanguage):` text, in the site's first language")
        }
        for code in languages.dropFirst() where texts[code] == nil && reader.node(code) == nil {
            reader.warning(
                at: reader.mappingLocation,
                "\(reader.path): no `\(code):` text; the pages in \(code) show the \(defaultLanguage) one")
        }
        var translations = texts
        translations[defaultLanguage] = nil
        return (texts[defaultLanguage], translations)
    }
}
