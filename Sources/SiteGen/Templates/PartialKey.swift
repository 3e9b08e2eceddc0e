/// The part of a page's context that one cached partial reads; nil where it reads nothing.
struct PartialKey: Hashable, Sendable {
    var site: ObjectIdentifier?
    var texts: ObjectIdentifier?
    var shopFront: ObjectIdentifier?
    var menu: [MenuItemView]?
    var menuLayout: String?
    var footerMenu: [MenuItemView]?
    var lang: String?
    var dir: String??
    var languages: [LanguageLinkView]?
    var newsURL: String??
}
