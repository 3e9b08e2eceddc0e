/// The typed header of a Markdown file, between its `---` lines.
struct FrontMatter: Sendable {
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
    var params: [String: any Sendable] = [:]
    /// Where keys were written, for errors found after reading (`template: nope`).
    var keyLocations: [String: SourceLocation] = [:]

    static let knownKeys: Set<String> = [
        "title", "description", "date", "updated", "draft", "slug", "template", "aliases", "image", "image_alt",
        "weight", "menu",
    ]
}
