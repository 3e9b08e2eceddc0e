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
    var slug: String?
    var template: String?
    var aliases: [String] = []
    var image: String?
    var imageAlt: String?
    var weight: Int?
    /// The menus the page appears in: `main` (header), `footer`.
    var menus: [String] = []
    /// Every other key, for templates (`page.params.NAME`).
    var params: [String: SendableValue] = [:]
    /// Where keys were written, for errors found after reading (`template: nope`).
    var keyLocations = KeyLocations()

    static let knownKeys: Set<String> = [
        "title", "description", "date", "updated", "draft", "slug", "template", "aliases", "image", "image_alt",
        "weight", "menu",
    ]
}
