import SiteGenCore

/// Photos and videos of imported posts without a description (alt text):
/// platforms rarely ask for one, so an import of hundreds of posts may
/// bring hundreds of them. They are not refused, as the posts are the
/// business's own and better home than lost; one warning names the posts,
/// so that the owner can describe them over time.
enum ImportedPhotoDescriptions {
    /// How many posts the warning names before "and N more".
    static let named = 10

    /// The posts with `imported_from:` whose `image:` has no `image_alt:` or
    /// whose Markdown shows an image or video without a description, by file.
    static func posts(_ plan: SitePlan, inventories: [PageID: MarkdownInventory]) -> [String] {
        plan.pageIDs.compactMap { id -> String? in
            let page = plan[id]
            guard page.frontMatter.importedFrom != nil, let source = page.source else { return nil }
            let heroUndescribed = page.frontMatter.image != nil && isBlank(page.frontMatter.imageAlt ?? "")
            let bodyUndescribed = inventories[id]?.images.contains { isBlank($0.alt) } ?? false
            return heroUndescribed || bodyUndescribed ? source.displayPath : nil
        }.sorted()
    }

    /// One warning naming the posts, at the first of them; nil when there is none.
    static func warning(_ plan: SitePlan, inventories: [PageID: MarkdownInventory]) -> Diagnostic? {
        let files = posts(plan, inventories: inventories)
        guard let first = files.first else { return nil }
        var list = files.prefix(named).joined(separator: ", ")
        if files.count > named { list += " and \(files.count - named) more" }
        let subject = files.count == 1 ? "1 imported post has" : "\(files.count) imported posts have"
        return .warning(
            at: SourceLocation(file: first),
            "\(subject) photos or videos without a description, which people who cannot see them need (screen readers read it out): \(list). "
                + "Write what the first photo shows in `image_alt:`, and what each other one shows between the brackets of `![...](...)`.")
    }

    private static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
