/// One language of the site, from site.yml's `languages:` (or its one
/// `language:`). The first is the default: its pages are at the site's
/// root; every other language's are below a folder of its own (`/en/`).
public struct SiteLanguage: Sendable, Hashable {
    /// The BCP 47 tag as the owner wrote it (`fr`, `pt-BR`).
    public var code: String
    /// "" for the default language; else the code in lower case (`pt-br`),
    /// the folder of its pages in the output and the first part of their addresses.
    public var folder: String

    public init(code: String, isDefault: Bool) {
        self.code = code
        folder = isDefault ? "" : code.lowercased()
    }

    public var isDefault: Bool { folder.isEmpty }

    /// `/en` for English on a French site; "" for the default language.
    var pathPrefix: String { folder.isEmpty ? "" : "/" + folder }

    /// `/feed.xml`, or `/en/feed.xml`: the language's news feed.
    var newsFeedPath: String { pathPrefix + AtomFeedGenerator.path }

    /// `404.html`, or `en/404.html`: the language's 404 page, below the output folder.
    var notFoundOutputPath: String { isDefault ? "404.html" : folder + "/404.html" }

    /// `ltr` or `rtl`.
    var direction: String { TextDirection.of(language: code) }

    /// "English", "Français", "العربية": the language in its own name, for the switcher.
    var ownName: String { LanguageNames.ownName(language: code) ?? code }

    /// The folder below `content/` where a page of this language sits in its
    /// edition of the site (`en/news` for `news/*.en.md`).
    func editionFolder(_ folder: String) -> String {
        guard !isDefault else { return folder }
        return folder.isEmpty ? self.folder : self.folder + "/" + folder
    }
}
