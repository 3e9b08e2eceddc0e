import Foundation
import SiteGenCore

/// `sitegen press add/remove`, `sitegen profile add/remove` and `sitegen
/// archive`: edits `links.yml` one entry at a time, as text, under an
/// exclusive lock, keeps the edit only if reading the file back gives the old
/// manifest plus (or minus, or with one value changed) exactly that entry,
/// and replaces the file atomically.
public struct LinksManifestEditor: Sendable {
    public struct Result: Sendable {
        /// The entry's lines as added or removed.
        public var entryText: String
        /// Their 1-based line numbers in the new file (added) or the old one (removed).
        public var lines: ClosedRange<Int>
        /// `links.yml` as the user would type it.
        public var file: String
        public var written: Bool
    }

    public var siteDirectory: URL
    public var workingDirectory: URL
    public var fileSystem: FileSystem

    // The process's working folder is not a disk access: it only shortens the paths shown.
    public init(
        siteDirectory: URL, workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        fileSystem: FileSystem = .live
    ) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.workingDirectory = workingDirectory.standardizedFileURL
        self.fileSystem = fileSystem
    }

    var fileURL: URL { siteDirectory.appendingPathComponent("links.yml") }

    var displayPath: String {
        PathDisplay(workingDirectory: workingDirectory).display(fileURL)
    }

    /// The manifest as it is now; an empty one when there is no links.yml.
    public func manifest() throws(DiagnosticsError) -> LinksManifest {
        guard fileSystem.kind(fileURL) != .none else { return .empty }
        return try LinksManifestLoader().load(YAMLSource(file: displayPath, text: try text().text))
    }

    public func add(_ entry: ManifestEntry, dryRun: Bool = false) throws(DiagnosticsError) -> Result {
        if let problem = entry.problem {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "\(problem); nothing was changed"))
        }
        return try withLock(creating: !dryRun) { () throws(DiagnosticsError) -> Result in
            let (text, byteOrderMark) = try text()
            let (manifest, structure) = try read(text, editing: entry.section)
            if let existing = find(entry.url, in: manifest, section: nil) {
                let what = existing.section == "press" ? "a press mention" : "a profile"
                let written = existing.section == "press" ? manifest.press[existing.index].url : manifest.profiles[existing.index].url
                // The same account written another way (http:, www., a tracking parameter): show how it is written.
                let how = written == entry.url ? "" : " (written \(written))"
                throw DiagnosticsError(.error(at: existing.location, "\(entry.url) is already listed here, as \(what)\(how); nothing was changed"))
            }
            let edit = LinksFileEditor(structure: structure).adding(entry)
            try verify(edit.text, expected: Self.adding(entry, to: manifest))
            if !dryRun { try write(edit.text, byteOrderMark: byteOrderMark) }
            return Result(entryText: edit.entryText, lines: edit.lines, file: displayPath, written: !dryRun)
        }
    }

    /// Removes the entry of `section` ("press" or "profiles") whose address is `url`.
    public func remove(_ url: String, from section: String, dryRun: Bool = false) throws(DiagnosticsError) -> Result {
        try withLock(creating: false) { () throws(DiagnosticsError) -> Result in
            let (text, byteOrderMark) = try text()
            let (manifest, structure) = try read(text, editing: section)
            guard let found = find(url, in: manifest, section: section),
                let item = structure.sections[section]?.items.first(where: { $0.startLine + 1 == found.location.line })
            else {
                throw DiagnosticsError(
                    .error(at: SourceLocation(file: displayPath), "no \(section == "press" ? "press mention" : "profile") with the address \(url)"))
            }
            let edit = LinksFileEditor(structure: structure).removing(item, in: section)
            var expected = manifest
            if section == "press" { expected.press.remove(at: found.index) } else { expected.profiles.remove(at: found.index) }
            try verify(edit.text, expected: expected)
            if !dryRun { try write(edit.text, byteOrderMark: byteOrderMark) }
            return Result(entryText: edit.entryText, lines: edit.lines, file: displayPath, written: !dryRun)
        }
    }

    /// Sets one key of the entry of `section` ("press" or "profiles") whose
    /// address is `url`; the entry's other lines and the rest of the file stay as they were.
    public func set(_ field: EntryField, ofEntry url: String, in section: String, dryRun: Bool = false) throws(DiagnosticsError) -> Result {
        if let problem = field.problem {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "\(problem); nothing was changed"))
        }
        return try withLock(creating: false) { () throws(DiagnosticsError) -> Result in
            let (text, byteOrderMark) = try text()
            let (manifest, structure) = try read(text, editing: section)
            guard let found = find(url, in: manifest, section: section),
                let item = structure.sections[section]?.items.first(where: { $0.startLine + 1 == found.location.line })
            else {
                throw DiagnosticsError(
                    .error(at: SourceLocation(file: displayPath), "no \(section == "press" ? "press mention" : "profile") with the address \(url)"))
            }
            let edit: LinksFileEditor.Edit
            do throws(LinksFileStructure.NotEditable) {
                edit = try LinksFileEditor(structure: structure).setting(field.key, to: field.yaml, in: item)
            } catch {
                throw DiagnosticsError(
                    .error(at: SourceLocation(file: displayPath, line: error.line, column: error.column), "\(error.message); nothing was changed"))
            }
            try verify(edit.text, expected: field.applied(to: manifest, section: section, index: found.index))
            if !dryRun { try write(edit.text, byteOrderMark: byteOrderMark) }
            return Result(entryText: edit.entryText, lines: edit.lines, file: displayPath, written: !dryRun)
        }
    }

    // MARK: Steps

    /// Runs `body` holding the file's lock; a missing file is created empty
    /// first when `creating`, else read as empty without a lock (a dry run
    /// creates nothing).
    private func withLock<T>(creating: Bool, _ body: () throws(DiagnosticsError) -> T) throws(DiagnosticsError) -> T {
        if !creating, fileSystem.kind(fileURL) == .none { return try body() }
        let lock: FileSystem.HeldLock
        do {
            lock = try fileSystem.lock(fileURL)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "cannot lock the file for editing: \(error)"))
        }
        defer { lock.release() }
        removeLeftovers()
        return try body()
    }

    /// A temporary file next to links.yml while we hold the lock was left by
    /// an edit that was killed before its rename: nobody else writes one now.
    private func removeLeftovers() {
        let folder = fileURL.deletingLastPathComponent()
        let prefix = ".\(fileURL.lastPathComponent).sitegen-"
        for name in (try? fileSystem.contents(folder)) ?? [] where name.hasPrefix(prefix) {
            try? fileSystem.remove(folder.appendingPathComponent(name))
        }
    }

    /// The file's text, and whether it starts with a UTF-8 byte order mark,
    /// which is taken off for reading and put back on writing: a byte the
    /// owner's editor wrote is kept like any other.
    private func text() throws(DiagnosticsError) -> (text: String, byteOrderMark: Bool) {
        guard fileSystem.kind(fileURL) != .none else { return ("", false) }
        guard var data = try? fileSystem.read(fileURL) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "cannot read the file"))
        }
        let byteOrderMark = data.starts(with: Self.byteOrderMark)
        if byteOrderMark { data.removeFirst(Self.byteOrderMark.count) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "is not UTF-8 text; save it as UTF-8"))
        }
        return (text, byteOrderMark)
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The manifest and where its entries are; refused when the list to edit (`section`) is not written one entry per line.
    private func read(_ text: String, editing section: String) throws(DiagnosticsError) -> (manifest: LinksManifest, structure: LinksFileStructure) {
        let manifest: LinksManifest
        do {
            manifest = try LinksManifestLoader().load(YAMLSource(file: displayPath, text: text))
        } catch {
            var diagnostics = error.diagnostics
            diagnostics.append(
                .error(at: SourceLocation(file: displayPath), "fix the errors above before editing the file with sitegen; nothing was changed"))
            throw DiagnosticsError(diagnostics)
        }
        do {
            let structure = try LinksFileStructure(text: text)
            try structure.checkEditable(section)
            return (manifest, structure)
        } catch {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: displayPath, line: error.line, column: error.column),
                    "\(error.message); nothing was changed"))
        }
    }

    /// Reads the edited text back; the edit is kept only if it gives exactly the expected manifest.
    private func verify(_ text: String, expected: LinksManifest) throws(DiagnosticsError) {
        let result = try? LinksManifestLoader().load(YAMLSource(file: displayPath, text: text))
        guard let result, Self.sameEntries(result, expected) else {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: displayPath),
                    "the edit would not read back as intended, so it was not made; please report this with your links.yml"))
        }
    }

    private func write(_ text: String, byteOrderMark: Bool) throws(DiagnosticsError) {
        do {
            try fileSystem.replace(Data((byteOrderMark ? Self.byteOrderMark : []) + Array(text.utf8)), fileURL)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: displayPath), "cannot write the file: \(error)"))
        }
    }

    private func find(_ url: String, in manifest: LinksManifest, section: String?) -> (section: String, index: Int, location: SourceLocation)? {
        let key = WebAddress.normalised(url)
        if section != "press", let index = manifest.profiles.firstIndex(where: { WebAddress.normalised($0.url) == key }) {
            return ("profiles", index, manifest.profiles[index].location)
        }
        if section != "profiles", let index = manifest.press.firstIndex(where: { WebAddress.normalised($0.url) == key }) {
            return ("press", index, manifest.press[index].location)
        }
        return nil
    }

    package static func adding(_ entry: ManifestEntry, to manifest: LinksManifest) -> LinksManifest {
        var expected = manifest
        let nowhere = SourceLocation(file: "")
        switch entry {
        case .profile(let url, let label):
            expected.profiles.append(Profile(url: url, label: label, location: nowhere))
        case .press(let press):
            expected.press.append(
                PressMention(
                    url: press.url, title: press.title, outlet: press.outlet, date: press.date,
                    quote: press.quote, language: press.language, archive: press.archive,
                    status: .live, location: nowhere))
        }
        return expected
    }

    /// Equal entries in the same order, wherever they are written.
    package static func sameEntries(_ a: LinksManifest, _ b: LinksManifest) -> Bool {
        func profiles(_ m: LinksManifest) -> [[String?]] { m.profiles.map { [$0.url, $0.label, $0.status.rawValue, $0.archive] } }
        func press(_ m: LinksManifest) -> [[String?]] {
            m.press.map { [$0.url, $0.title, $0.outlet, $0.date.iso8601, $0.quote, $0.language, $0.archive, $0.status.rawValue] }
        }
        return profiles(a) == profiles(b) && press(a) == press(b)
    }
}
