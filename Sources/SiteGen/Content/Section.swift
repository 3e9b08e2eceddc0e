/// A folder of `content/`: its list page and what it contains.
struct Section: Sendable {
    /// Path below `content/`; "" for the home page's folder.
    var folder: String
    /// The folder's list page.
    var page: PageID
    /// Its pages, newest first, then by weight and title.
    var pages: [PageID] = []
    /// Folders of its sub-sections.
    var subsections: [String] = []
}
