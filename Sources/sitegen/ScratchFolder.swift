import Foundation

/// A folder of the system's temporary folder for a command's own build
/// (`check`, `archive --site-pages`), removed when the command ends, and
/// also when it is interrupted (Ctrl-C, SIGTERM), which would otherwise skip
/// every `defer` and leave a whole built site behind.
struct ScratchFolder: Sendable {
    let url: URL

    /// `purpose` names it: `sitegen-check-...`. Only this folder is ever removed.
    init(purpose: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-\(purpose)-\(UUID().uuidString)")
        let url = url
        InterruptSignal.install {
            Self.removeOnceEnded(url)
            exit(130)
        }
    }

    /// The build's threads go on writing (and making folders again) until
    /// the process has ended, so the folder is removed by a small shell that
    /// waits for that: `rm -rf` of this one folder, named here.
    static func removeOnceEnded(_ url: URL) {
        let cleaner = Process()
        cleaner.executableURL = URL(fileURLWithPath: "/bin/sh")
        cleaner.arguments = [
            "-c", #"while kill -0 "$1" 2>/dev/null; do sleep 0.05; done; rm -rf -- "$2""#, "sh", "\(getpid())", url.path,
        ]
        cleaner.standardOutput = FileHandle.nullDevice
        cleaner.standardError = FileHandle.nullDevice
        try? cleaner.run()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
