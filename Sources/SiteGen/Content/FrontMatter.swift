import SiteGenCore

/// The typed header of a Markdown file, between its `---` lines. Equal
/// front matters say the same thing, every key compared (where the keys stand
/// in the file is not compared): a page whose front matter is unchanged shows
/// the same on every other page.
struct FrontMatter: Sendable, Hashable {
    var title: String?
    var description: String?
    var date: ContentDate?
    var updated: ContentDate?
    var draft = false
    /// `lang:`, the page's language when it is not the site's (a BCP 47 code).
    var language: String?
    var slug: String?
    /// `translation_key:`, which pairs translations whose file names differ
    /// (`about.en.md` saying `translation_key: a-propos`).
    var translationKey: String?
    var template: String?
    var aliases: [String] = []
    var image: String?
    var imageAlt: String?
    var weight: Int?
    /// The menus the page appears in: `main` (header), `footer`.
    var menus: [String] = []
    /// The addresses of the same post on other platforms (`u-syndication`).
    var syndication: [String] = []
    /// Where `sitegen import` found the post, when it brought it home.
    var importedFrom: ImportOrigin?
    /// The post's subjects, shown as text (`p-category`).
    var tags: [String] = []
    /// Every other key, for templates (`page.params.NAME`).
    var params: [String: SendableValue] = [:]
    /// Where keys were written, for errors found after reading (`template: nope`).
    var keyLocations = KeyLocations()

    /// Keys read into the fields above, which templates do not see as
    /// `page.params`. `tags` is read and still passed on: templates written
    /// before it was a key read it as `page.params.tags`.
    static let knownKeys: Set<String> = [
        "title", "description", "date", "updated", "draft", "slug", "template", "aliases", "image", "image_alt",
        "weight", "menu", "syndication", "imported_from", "lang", "translation_key",
    ]
}
