extension SitePlan {
    /// The summaries a list page shows: of `pages` (its section's, or on a
    /// home page the latest news) and of `sections` (the list pages of its
    /// sub-sections); nil for a page that lists nothing.
    func listing(of id: PageID) -> (pages: [PageID], sections: [PageID])? {
        let page = self[id]
        guard page.kind != .page, let section = sections[page.folder] else { return nil }
        let pages = page.kind == .home ? latestNews(edition(of: id)) : section.pages
        return (pages, section.subsections.compactMap { sections[$0]?.page })
    }

    /// The home page lists the three latest posts of the news section, or of
    /// the whole site when there is no such section, in its language.
    private func latestNews(_ edition: PlanEdition) -> [PageID] {
        let candidates =
            edition.newsFeed.isEmpty ? leafPages.filter { self[$0].date != nil && self[$0].language == edition.language.code } : edition.newsFeed
        return Array(candidates.sorted { SitePlanner.listOrder(self[$0], self[$1]) }.prefix(3))
    }
}
