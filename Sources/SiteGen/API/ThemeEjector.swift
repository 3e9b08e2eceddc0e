import Foundation
import SiteGenCore

/// `sitegen theme eject`: copies files of the built-in theme into the site's
/// `templates/`, where they replace the theme's, so that an owner can edit
/// them without looking for them in `public/` or in sitegen's sources.
///
/// It never replaces a file: a file already in `templates/` is the owner's
/// work (or an earlier eject they may have edited), which a copy of the
/// theme's would silently undo.
public struct ThemeEjector: Sendable {
    public var siteDirectory: URL
    public var fileSystem: FileSystem
    var builtIn: [EmbeddedFile] = EmbeddedResources.theme

    public init(siteDirectory: URL, fileSystem: FileSystem = .live) {
        self.siteDirectory = siteDirectory
        self.fileSystem = fileSystem
    }

    /// Every file of the theme, by name.
    public var files: [ThemeFileDescription] {
        builtIn.map(\.path).sorted().map { path in
            ThemeFileDescription(path: path, summary: ThemeFileDescription.summaries[path] ?? "a file of the theme")
        }
    }

    /// Writes `names` into `templates/`, or nothing at all when one of them
    /// is unknown or already there. `displayRoot` is how messages show the
    /// site's `templates/` folder. Returns what was written, in order.
    @discardableResult
    public func eject(_ names: [String], displayRoot: String) throws(DiagnosticsError) -> [ThemeFileDescription] {
        var problems = siteProblems(displayRoot: displayRoot)
        var chosen: [ThemeFileDescription] = []
        for name in names {
            guard let file = file(named: name) else {
                let suggestion = EditDistance.closest(to: name, among: builtIn.map(\.path), minimum: 2)
                problems.append(
                    .error(
                        at: SourceLocation(file: "sitegen theme eject"),
                        "the theme has no file \(TextField.quoted(name))\(suggestion.map { "; did you mean \($0)?" } ?? " (sitegen theme eject alone lists them)")"
                    ))
                continue
            }
            if fileSystem.kind(templates.appendingPathComponent(file.path)) != .none {
                problems.append(
                    .error(
                        at: SourceLocation(file: "\(displayRoot)/\(file.path)"),
                        "already exists, and sitegen never replaces a file of yours: edit it, or move it away first to get the theme's again"))
                continue
            }
            if !chosen.contains(file) { chosen.append(file) }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        try write(chosen, displayRoot: displayRoot)
        return chosen
    }

    /// Writes every file of the theme that `templates/` does not have yet;
    /// returns those written and those left as they were.
    public func ejectAll(displayRoot: String) throws(DiagnosticsError) -> (written: [ThemeFileDescription], kept: [ThemeFileDescription]) {
        let problems = siteProblems(displayRoot: displayRoot)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        let existing = files.filter { fileSystem.kind(templates.appendingPathComponent($0.path)) != .none }
        let missing = files.filter { !existing.contains($0) }
        try write(missing, displayRoot: displayRoot)
        return (missing, existing)
    }

    private var templates: URL { siteDirectory.appendingPathComponent("templates") }

    /// A folder without site.yml is not a site: a `templates/` made there
    /// would be one nobody builds, most likely in the wrong folder.
    private func siteProblems(displayRoot: String) -> [Diagnostic] {
        guard fileSystem.kind(siteDirectory.appendingPathComponent("site.yml")) != .file else { return [] }
        let folder = (displayRoot as NSString).deletingLastPathComponent
        return [
            .error(
                at: SourceLocation(file: folder.isEmpty ? "." : folder),
                "is not a site's folder (it has no site.yml): run this in your site's folder, or give it with --site DIR")
        ]
    }

    /// The theme's file called `name`; `page` and `templates/page.mustache` name `page.mustache`.
    private func file(named name: String) -> ThemeFileDescription? {
        let bare = name.hasPrefix("templates/") ? String(name.dropFirst("templates/".count)) : name
        return files.first { $0.path == bare } ?? files.first { $0.path == bare + ".mustache" }
    }

    private func write(_ chosen: [ThemeFileDescription], displayRoot: String) throws(DiagnosticsError) {
        for description in chosen {
            guard let file = builtIn.first(where: { $0.path == description.path }) else { continue }
            do {
                try fileSystem.createDirectory(templates)
                try fileSystem.write(file.data, templates.appendingPathComponent(file.path))
            } catch {
                throw DiagnosticsError(
                    .error(at: SourceLocation(file: "\(displayRoot)/\(file.path)"), "cannot write it: \(error.localizedDescription)"))
            }
        }
    }
}
