/// Finding a file the posts name among an export's files: the path as
/// written, then under the folder the export was unpacked in, then, as the
/// last resort, by its file name alone (Instagram moved media between
/// `media/posts` and `media/other`; parts of a split export each hold some).
struct ExportFiles {
    let listing: ExportListing
    /// The folder that holds the export's top, `""` when it is the archive's top.
    let root: String
    private let byName: [String: [String]]

    init(listing: ExportListing, root: String) {
        self.listing = listing
        self.root = root
        var byName: [String: [String]] = [:]
        for path in listing.sizes.keys {
            byName[path.split(separator: "/").last.map(String.init) ?? path, default: []].append(path)
        }
        self.byName = byName
    }

    func find(_ written: String) -> String? {
        guard case .file(let path) = ExportPath.check(written) else { return nil }
        if !root.isEmpty, listing.contains(root + "/" + path) { return root + "/" + path }
        if listing.contains(path) { return path }
        // By name alone only among the export's media folders: a file of the
        // same name in messages/ is someone's private photo.
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let candidates = (byName[name] ?? []).filter { $0.contains("media") && !$0.contains("messages/") }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The folder above `path` once the trailing `components` are taken off:
    /// `export/your_instagram_activity/media/posts_1.json` less 3 is `export`.
    static func root(of path: String, dropping components: Int) -> String {
        let parts = path.split(separator: "/")
        guard parts.count > components else { return "" }
        return parts.dropLast(components).joined(separator: "/")
    }
}
