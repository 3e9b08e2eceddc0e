import SiteGenCore

/// Which input writes each output file, so that two inputs that would write
/// the same file are an error naming both instead of one silently winning;
/// and so that one input's file cannot stand where another needs a folder
/// (`slug: index.html` wants `index.html/index.html` beside the home page's
/// `index.html`), which would fail half-way through writing the site.
struct OutputClaims {
    private struct Claim {
        var owner: String
        var location: SourceLocation
    }

    private var owners: [String: Claim] = [:]
    /// Each folder that claimed files need, with the first claim needing it.
    private var folders: [String: (claim: Claim, path: String)] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `owner` describes the input (`content/about.md`); `location` is where to report.
    mutating func claim(_ outputPath: String, by owner: String, at location: SourceLocation) {
        if let existing = owners[outputPath] {
            report(
                at: location, "\(owner) would write \(outputPath), which \(existing.owner) writes too",
                first: existing, "\(existing.owner) writes \(outputPath) here")
            return
        }
        if let folder = folders[outputPath] {
            report(
                at: location, "\(owner) would write a file \(outputPath), where \(folder.claim.owner) needs a folder for \(folder.path)",
                first: folder.claim, "\(folder.claim.owner) needs the folder \(outputPath) here, for \(folder.path)")
            return
        }
        let segments = outputPath.split(separator: "/")
        var parents: [String] = []
        for count in 1..<max(segments.count, 1) {
            let parent = segments.prefix(count).joined(separator: "/")
            if let file = owners[parent] {
                report(
                    at: location,
                    "\(owner) would write \(outputPath), which needs a folder \(parent), but \(parent) is a file that \(file.owner) writes",
                    first: file, "\(file.owner) writes the file \(parent) here")
                return
            }
            parents.append(parent)
        }
        let claim = Claim(owner: owner, location: location)
        owners[outputPath] = claim
        for parent in parents where folders[parent] == nil { folders[parent] = (claim, outputPath) }
    }

    func owner(of outputPath: String) -> String? { owners[outputPath]?.owner }

    /// The first claim becomes a note when it points into a file (a page's
    /// `slug:`, an alias); sitegen's own outputs, the theme's and static
    /// files are known by their name alone, which the message already gives.
    private mutating func report(at location: SourceLocation, _ message: String, first: Claim, _ note: String) {
        let notes = first.location.line > 0 ? [Diagnostic.Note(at: first.location, note)] : []
        diagnostics.append(.error(at: location, message, notes: notes))
    }
}
