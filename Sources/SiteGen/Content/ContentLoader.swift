import Foundation
import SiteGenCore
import Synchronization

/// Finds the Markdown files of `content/` and reads their front matter, on
/// every core. Hidden files and folders (editor backups, `.git`) are skipped.
struct ContentLoader: Sendable {
    var fileSystem: FileSystem
    var contentDirectory: URL
    var display: @Sendable (URL) -> String

    func load() -> (sources: [LoadedSource], diagnostics: [Diagnostic]) {
        guard fileSystem.kind(contentDirectory) == .directory else {
            return (
                [],
                [
                    .error(
                        at: SourceLocation(file: display(contentDirectory)),
                        "the content/ folder is missing; it holds the pages, index.md being the home page")
                ]
            )
        }
        let listing: FileListing
        do {
            listing = try fileSystem.listing(contentDirectory, contentDirectory.deletingLastPathComponent())
        } catch {
            return ([], [.error(at: SourceLocation(file: display(contentDirectory)), "cannot list the folder: \(error.localizedDescription)")])
        }
        let paths = listing.files
        var diagnostics = Self.diagnostics(
            for: listing.problems.filter { !$0.path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) },
            below: contentDirectory, display: display)
        var found: [ContentSource] = []
        for path in paths where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = contentDirectory.appendingPathComponent(path)
            if path.lowercased().hasSuffix(".md") {
                found.append(ContentSource(relativePath: path, url: url, displayPath: display(url)))
            } else {
                diagnostics.append(
                    .warning(
                        at: SourceLocation(file: display(url)),
                        "not a Markdown file, so not published; files for the site (images, downloads) go in static/"))
            }
        }

        let markdown = found
        let results = Mutex<[Int: Result<LoadedSource, DiagnosticsError>]>([:])
        DispatchQueue.concurrentPerform(iterations: markdown.count) { index in
            let result = Result { () throws(DiagnosticsError) -> LoadedSource in try read(markdown[index]) }
            results.withLock { $0[index] = result }
        }
        var sources: [LoadedSource] = []
        let collected = results.withLock { $0 }
        for index in markdown.indices {
            switch collected[index]! {
            case .success(let loaded):
                sources.append(loaded)
                diagnostics += loaded.warnings
            case .failure(let error): diagnostics += error.diagnostics
            }
        }
        return (sources, diagnostics)
    }

    /// A folder that cannot be read is an error, as an unreadable file is: a
    /// whole section would be missing. A link that is not followed is a warning.
    static func diagnostics(
        for problems: [(path: String, problem: FileListing.Problem)], below folder: URL,
        display: (URL) -> String
    ) -> [Diagnostic] {
        problems.map { path, problem in
            let at = SourceLocation(file: display(path.isEmpty ? folder : folder.appendingPathComponent(path)))
            switch problem {
            case .unreadable(let message):
                return .error(at: at, "cannot read the folder: \(message); what it holds would be missing from the site")
            case .linkOutside(let target):
                return .warning(
                    at: at,
                    "not published: a symbolic link to \(target), outside the site; sitegen follows only links that stay inside the site folder: copy the file in instead"
                )
            case .brokenLink(let target):
                return .warning(at: at, "not published: a symbolic link to \(target), which does not exist")
            case .linkLoop(let target):
                return .warning(at: at, "not followed: a symbolic link to \(target), a folder that contains it")
            case .linkToPrivate(let target):
                return .warning(
                    at: at,
                    "not published: a symbolic link to \(target), which a site never publishes (hidden files such as .git and .env, site.yml, links.yml, a built output, the site's folder itself)"
                )
            }
        }
    }

    func read(_ source: ContentSource) throws(DiagnosticsError) -> LoadedSource {
        let data: Data
        do {
            data = try fileSystem.read(source.url)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: source.displayPath), "cannot read the file: \(error.localizedDescription)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: source.displayPath), "is not UTF-8 text; save it as UTF-8"))
        }
        let parsed = try FrontMatterParser().parse(text, source: source)
        let (body, removals) = ControlCharacters.strip(parsed.body)
        let warnings = removals.map {
            Diagnostic.warning(at: source.location(line: $0.line + parsed.bodyLineOffset, column: $0.column), ControlCharacters.message(for: $0))
        }
        return LoadedSource(
            source: source, frontMatter: parsed.frontMatter, body: body, bodyLineOffset: parsed.bodyLineOffset,
            warnings: warnings)
    }
}
