/// Which input writes each output file, so that two inputs that would write
/// the same file are an error naming both instead of one silently winning;
/// and so that one input's file cannot stand where another needs a folder
/// (`slug: index.html` wants `index.html/index.html` beside the home page's
/// `index.html`), which would fail half-way through writing the site.
struct OutputClaims {
    private var owners: [String: String] = [:]
    /// Each folder that claimed files need, with the first claim needing it.
    private var folders: [String: (owner: String, path: String)] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `owner` describes the input (`content/about.md`); `location` is where to report.
    mutating func claim(_ outputPath: String, by owner: String, at location: SourceLocation) {
        if let existing = owners[outputPath] {
            diagnostics.append(.error(at: location, "\(owner) would write \(outputPath), which \(existing) writes too"))
            return
        }
        if let folder = folders[outputPath] {
            diagnostics.append(.error(at: location, "\(owner) would write a file \(outputPath), where \(folder.owner) needs a folder for \(folder.path)"))
            return
        }
        let segments = outputPath.split(separator: "/")
        var parents: [String] = []
        for count in 1..<max(segments.count, 1) {
            let parent = segments.prefix(count).joined(separator: "/")
            if let file = owners[parent] {
                diagnostics.append(.error(at: location, "\(owner) would write \(outputPath), which needs a folder \(parent), but \(parent) is a file that \(file) writes"))
                return
            }
            parents.append(parent)
        }
        owners[outputPath] = owner
        for parent in parents where folders[parent] == nil { folders[parent] = (owner, outputPath) }
    }

    func owner(of outputPath: String) -> String? { owners[outputPath] }
}
