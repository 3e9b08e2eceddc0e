import Foundation
import Synchronization

/// Finds the Markdown files of `content/` and reads their front matter, on
/// every core. Hidden files and folders (editor backups, `.git`) are skipped.
struct ContentLoader: Sendable {
    var fileSystem: FileSystem
    var contentDirectory: URL
    var display: @Sendable (URL) -> String

    func load() -> (sources: [LoadedSource], diagnostics: [Diagnostic]) {
        guard fileSystem.kind(contentDirectory) == .directory else {
            return ([], [.error(at: SourceLocation(file: display(contentDirectory)), "the content/ folder is missing; it holds the pages, index.md being the home page")])
        }
        let paths: [String]
        do {
            paths = try fileSystem.filesBelow(contentDirectory)
        } catch {
            return ([], [.error(at: SourceLocation(file: display(contentDirectory)), "cannot list the folder: \(error.localizedDescription)")])
        }
        var diagnostics: [Diagnostic] = []
        var found: [ContentSource] = []
        for path in paths where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = contentDirectory.appendingPathComponent(path)
            if path.lowercased().hasSuffix(".md") {
                found.append(ContentSource(relativePath: path, url: url, displayPath: display(url)))
            } else {
                diagnostics.append(.warning(at: SourceLocation(file: display(url)), "not a Markdown file, so not published; files for the site (images, downloads) go in static/"))
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
        return LoadedSource(source: source, frontMatter: parsed.frontMatter, body: body, bodyLineOffset: parsed.bodyLineOffset,
                            warnings: warnings)
    }
}
