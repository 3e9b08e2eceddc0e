import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether a build may replace its output folder. A build replaces the whole
/// folder, so, as git refuses to clone into a folder that is not empty,
/// sitegen only replaces a folder it made itself (it holds the marker), an
/// empty one or a missing one; and some places it refuses whatever they
/// hold: the site, its files and input folders, hidden folders such as
/// `.git`, the home folder and anything holding it.
struct OutputFolderCheck {
    /// The output folder, symbolic links resolved (a `public` link stays one:
    /// the folder it names is the one replaced).
    var output: URL
    var site: URL
    var home: URL

    // Only the home folder's path, not a disk access.
    init(options: BuildOptions, home: URL = FileManager.default.homeDirectoryForCurrentUser) {
        output = options.outputDirectory.standardizedFileURL.resolvingSymlinksInPath()
        site = options.siteDirectory.standardizedFileURL.resolvingSymlinksInPath()
        self.home = home.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// Why the folder must not be replaced, whatever it holds, or nil.
    func placeProblem() -> String? {
        let path = output.path
        let sitePath = site.path
        if path == "/" { return "it is the root folder" }
        if Self.isInside(home.path, path) { return path == home.path ? "it is your home folder" : "it holds your home folder" }
        if Self.isInside(sitePath, path) { return "it contains the site itself" }
        if let input = ["content", "static", "templates"].first(where: { Self.isInside(path, sitePath + "/" + $0) }) {
            return "it is inside the site's \(input)/ folder"
        }
        if output.deletingLastPathComponent().path == sitePath, ["site.yml", "links.yml"].contains(output.lastPathComponent) {
            return "it is the site's \(output.lastPathComponent)"
        }
        if output.lastPathComponent.hasPrefix(".") {
            return "it is a hidden folder (its name starts with a dot, as .git does)"
        }
        if Self.isInside(path, sitePath),
            let hidden = path.dropFirst(sitePath.count).split(separator: "/").first(where: { $0.hasPrefix(".") })
        {
            return "it is inside the site's hidden folder \(hidden)/"
        }
        if output.pathComponents.contains(".git") { return "it is inside a git repository's .git folder" }
        return nil
    }

    /// Why what is at the output path now must not be replaced, or nil when
    /// nothing is there, an empty folder, or a folder sitegen built.
    /// On the disk itself, like OutputSystem's lock and swap: it guards real folders, links included.
    func contentsProblem() -> String? {
        var info = stat()
        guard lstat(output.path, &info) == 0 else {
            return errno == ENOENT ? nil : "it cannot be read: \(String(cString: strerror(errno)))"
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) ?? "?"
            return "it is a symbolic link to \(destination), which does not exist; create that folder, or remove the link"
        default:
            return "it is a file, not a folder, and a build would replace it; remove it, or choose another --output"
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        } catch {
            return "it cannot be read: \(error.localizedDescription)"
        }
        if entries.isEmpty || OutputMarker.isPresent(in: output) { return nil }
        let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? " and \(entries.count - 3) more" : "")
        return "it holds files sitegen did not write (\(shown)) and no \(OutputMarker.name) file, "
            + "and a build replaces its output folder as a whole. sitegen only replaces a folder it built, or an empty one: "
            + "if this is the output of an earlier version of sitegen, remove it once and build again; otherwise choose another --output"
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
