import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `.sitegen/import-<pid>/`: where photos and videos wait between the
/// export and the site, removed when the import ends. A folder left by an
/// import that was killed is removed by the next one, once its process is
/// gone: sitegen made it, and nothing else is ever in it.
struct WorkFolder: Sendable {
    let path: String

    init(siteDirectory: String) throws {
        let parent = siteDirectory + "/.sitegen"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix("import-") {
            if let pid = Int32(name.dropFirst("import-".count)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: parent + "/" + name)
            }
        }
        path = parent + "/import-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
