/// Which input writes each output file, so that two inputs that would write
/// the same file are an error naming both instead of one silently winning.
struct OutputClaims {
    private var owners: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// `owner` describes the input (`content/about.md`); `location` is where to report.
    mutating func claim(_ outputPath: String, by owner: String, at location: SourceLocation) {
        if let existing = owners[outputPath] {
            diagnostics.append(.error(at: location, "\(owner) would write \(outputPath), which \(existing) writes too"))
        } else {
            owners[outputPath] = owner
        }
    }

    func owner(of outputPath: String) -> String? { owners[outputPath] }
}
