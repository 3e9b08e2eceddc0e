/// A folder of `content/`: its list page and what it contains.
struct Section: Sendable {
    /// Path below `content/`; "" for the home page's folder.
    var folder: String
    /// Index in `SitePlan.pages` of the folder's list page.
    var page: Int
    /// Indexes of its pages, newest first, then by weight and title.
    var pages: [Int] = []
    /// Folders of its sub-sections.
    var subsections: [String] = []
}
