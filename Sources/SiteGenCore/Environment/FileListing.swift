import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The files below a folder, and what could not be listed: folders that
/// cannot be read, and symbolic links that are not followed.
///
/// Links are followed like rsync's `--copy-links` for the links that its
/// `--safe-links` calls safe: one whose target, every link resolved, is
/// inside the site is listed as the file or folder it points to. A link out
/// of the site (`static/keys -> ~/.ssh`), a dangling one and a loop are not
/// followed and are reported, so that a site checkout cannot publish its
/// builder's files and nothing is left out without a word. Inside the site,
/// a link may not lead to what is never published: a hidden file or folder
/// (`.git`, `.env`), `site.yml`, `links.yml`, a built output (it holds
/// `.sitegen-output`), or the site's folder itself, even through a chain of
/// links.
public struct FileListing: Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case unreadable(message: String)
        case linkOutside(target: String)
        case brokenLink(target: String)
        case linkLoop(target: String)
        /// A link to what a site never publishes: its hidden files, settings or output.
        case linkToPrivate(target: String)
    }

    /// Relative paths with `/` separators, sorted.
    public var files: [String] = []
    /// By path relative to the listed folder.
    public var problems: [(path: String, problem: Problem)] = []

    public init(files: [String] = [], problems: [(path: String, problem: Problem)] = []) {
        self.files = files
        self.problems = problems
    }

    public static func == (lhs: FileListing, rhs: FileListing) -> Bool {
        lhs.files == rhs.files && lhs.problems.elementsEqual(rhs.problems) { $0.path == $1.path && $0.problem == $1.problem }
    }

    /// Lists `root` on disk, following links that stay inside `boundary`.
    /// Throws when `root` itself cannot be listed. This is the disk side of
    /// `FileSystem.live`'s `listing` and `filesBelow`, so it uses the disk directly.
    static func live(_ root: URL, linksWithin boundary: URL) throws -> FileListing {
        let rootPath = try realPath(root.path) ?? { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: root.path]) }()
        _ = try FileManager.default.contentsOfDirectory(atPath: rootPath)
        let boundaryPath = (try? realPath(boundary.path)) ?? nil ?? boundary.standardizedFileURL.path
        var listing = FileListing()
        listing.visit(rootPath, relative: "", ancestors: [rootPath], boundary: boundaryPath)
        listing.files.sort()
        return listing
    }

    private mutating func visit(_ folder: String, relative: String, ancestors: Set<String>, boundary: String) {
        // opendir for the reason in plain words: Foundation's error only says "no permission".
        guard let handle = opendir(folder) else {
            problems.append((relative, .unreadable(message: String(cString: strerror(errno)))))
            return
        }
        closedir(handle)
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            problems.append((relative, .unreadable(message: Self.reason(error))))
            return
        }
        for name in names.sorted() {
            let path = folder + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else {
                problems.append((child, .unreadable(message: String(cString: strerror(errno)))))
                continue
            }
            var target = path
            if status.st_mode & S_IFMT == S_IFLNK {
                let written = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                guard let resolved = try? Self.realPath(path), stat(resolved, &status) == 0 else {
                    problems.append((child, .brokenLink(target: written)))
                    continue
                }
                guard resolved == boundary || resolved.hasPrefix(boundary.hasSuffix("/") ? boundary : boundary + "/") else {
                    problems.append((child, .linkOutside(target: resolved)))
                    continue
                }
                guard !Self.isPrivate(resolved, in: boundary) else {
                    problems.append((child, .linkToPrivate(target: resolved)))
                    continue
                }
                target = resolved
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                files.append(child)
            case S_IFDIR:
                guard let real = try? Self.realPath(target), !ancestors.contains(real) else {
                    problems.append((child, .linkLoop(target: target)))
                    continue
                }
                visit(real, relative: child, ancestors: ancestors.union([real]), boundary: boundary)
            default:
                break  // sockets and pipes are not files of a site
            }
        }
    }

    /// Whether a path inside the site is one a link may not publish.
    static func isPrivate(_ path: String, in site: String) -> Bool {
        let relative = path.dropFirst(site.count).split(separator: "/")
        if relative.isEmpty { return true }
        if relative.contains(where: { $0.hasPrefix(".") }) { return true }
        if relative.count == 1, ["site.yml", "links.yml"].contains(relative[0]) { return true }
        // A built output, wherever it is: its marker is in its top folder.
        var folder = site
        for component in relative {
            folder += "/" + component
            if access(folder + "/" + OutputMarker.name, F_OK) == 0 { return true }
        }
        return false
    }

    private static func realPath(_ path: String) throws -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func reason(_ error: Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
