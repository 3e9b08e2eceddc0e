/// What one language of the site has of its own in the plan: its home page,
/// menus, news feed and the addresses of its links and press pages. A site
/// in one language has one edition.
struct PlanEdition: Sendable {
    var language: SiteLanguage
    var home: PageID
    var mainMenu: [PageID]
    var footerMenu: [PageID]
    /// The dated pages of its news section, newest first, at most `SitePlan.feedLength`.
    var newsFeed: [PageID]
    /// The folder of its news section in the plan (`actualites`, `en/actualites`).
    var newsFolder: String
    var builtInAddresses: BuiltInAddresses
}
