/// One file of the built-in theme as `sitegen theme eject` shows it: its
/// name, what it is, and what a copy of it in `templates/` means.
public struct ThemeFileDescription: Sendable, Equatable {
    /// The name inside the theme and inside `templates/` (`style.css`).
    public var path: String
    /// One line on what the file is.
    public var summary: String

    /// What the site's own copy does, once written to `templates/`.
    public var meaning: String {
        switch path {
        case "style.css":
            return "templates/style.css now replaces the theme's stylesheet; for a few changes, templates/custom.css added after it is simpler"
        case "platforms.yml":
            return "templates/platforms.yml now replaces the theme's list of platforms; sitegen reads yours"
        default:
            return
                "templates/\(path) now replaces the theme's \(path); the build uses yours, and no longer follows the theme's in new versions of sitegen"
        }
    }

    /// What each file of the theme is, in the owner's words. A file missing
    /// here is still listed, with a plain line (a test keeps this complete).
    static let summaries: [String: String] = [
        "404.mustache": "the page shown for an address that does not exist",
        "base.mustache": "the frame of every page: head, header, main part, footer",
        "contact-block.mustache": "the address, telephone and e-mail block in the footer",
        "contact.mustache": "the contact page, with the opening hours and the map links",
        "footer.mustache": "the footer of every page",
        "head.mustache": "the page's title, description, stylesheets and link previews",
        "header.mustache": "the header of every page: the business's name and the menu",
        "languages.mustache": "on a site in several languages, the switcher: the page in each of them, in the header and on /links/",
        "home.mustache": "the home page",
        "icon.mustache": "the small drawing shown beside each profile link",
        "links.mustache": "the links page (/links/): every profile, as a link-in-bio page",
        "page.mustache": "an ordinary page of text",
        "platforms.yml": "the platforms sitegen recognises in links.yml (names, icons, addresses)",
        "press.mustache": "the press page: the articles about the business",
        "print.css": "the stylesheet used when a page is printed",
        "redirect.mustache": "the page left at an old address, sending visitors to the new one",
        "section.mustache": "a section's page, listing its pages (news, products…)",
        "style.css": "the theme's stylesheet: colours, fonts, spacing of every page",
    ]
}
