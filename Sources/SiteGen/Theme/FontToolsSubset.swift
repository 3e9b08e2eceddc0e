import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// fontTools' subsetter, as Debian's `python3-fonttools` installs it (with
/// `python3-brotli` for WOFF2): `/usr/bin/python3 -I -m fontTools.subset`.
///
/// It is found at Debian's own paths, never through `PATH`: the `python3`
/// first on a developer's `PATH` may be another Python (a pyenv one) that
/// has no fontTools, and a `pyftsubset` there may be another version. `-I`
/// keeps Python's environment variables and the user's own packages out, so
/// that the module run is the one whose version is read for the cache key.
///
/// The settings, measured on the catalogue: no hinting and no subroutines
/// take a third off the files; only kerning and ligatures are kept of the
/// layout features; the names kept are the family's, its copyright (0), its
/// trademark (7) and its licence (13, 14), which the licences ask to travel
/// with the font.
enum FontToolsSubset {
    static let python = "/usr/bin/python3"
    static let packages = "/usr/lib/python3/dist-packages"
    static let options = [
        "--layout-features=kern,liga", "--flavor=woff2", "--no-hinting", "--desubroutinize", "--name-IDs=0,1,2,3,4,5,6,7,13,14",
    ]
    /// About a second a file on this machine's slow core; a font that takes
    /// a minute is not one of the catalogue's.
    static let timeLimit: TimeInterval = 60
    /// A subset of the catalogue's fonts is 9 to 24 KB.
    static let largestOutput = 4 * 1024 * 1024
    /// Enough of what the tool said to name the problem.
    static let largestMessage = 4 * 1024

    /// `fontTools 4.38.0 (subset 47561-1675000000) --layout-features=...`,
    /// from the installed files; nil when Python, fontTools or brotli is missing.
    static func version() -> String? {
        let module = URL(fileURLWithPath: packages).appendingPathComponent("fontTools")
        let subset = module.appendingPathComponent("subset/__init__.py")
        guard FileIdentity.of(python) != nil, let identity = FileIdentity.of(subset.path),
            FileIdentity.of(packages + "/brotli.py") != nil,
            let handle = FileHandle(forReadingAtPath: module.appendingPathComponent("__init__.py").path)
        else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 8 * 1024)) ?? Data(), as: UTF8.self)
        // `version = __version__ = "4.38.0"`; a Debian security update may patch the subsetter without changing it.
        let line = head.split(separator: "\n").first { $0.contains("__version__ =") }
        let number = line?.split(separator: "\"").dropFirst().first.map(String.init) ?? "unknown"
        return "fontTools \(number) (subset \(identity.size)-\(identity.modified)) " + options.joined(separator: " ")
    }

    /// Subsets `font` in a folder of its own in the system's temporary
    /// folder, removed afterwards, and returns the WOFF2 file.
    static func run(_ font: URL, _ characters: FontCharacters) throws(FontSubsetError) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-font-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("font.woff2")
        let messages = folder.appendingPathComponent("messages.txt")
        let errorHandle: FileHandle
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: messages.path, contents: nil),
                let handle = FileHandle(forWritingAtPath: messages.path)
            else { throw CocoaError(.fileWriteUnknown) }
            errorHandle = handle
        } catch {
            throw FontSubsetError(message: "cannot make a temporary folder for fontTools: \(error.localizedDescription)")
        }
        defer { try? errorHandle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments =
            ["-I", "-m", "fontTools.subset", font.path, "--unicodes=" + characters.unicodeRange.replacingOccurrences(of: " ", with: "")]
            + options + ["--output-file=" + output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        // A file, not a pipe: a tool that writes a lot cannot block on a full pipe, and only its start is read.
        process.standardError = errorHandle
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            throw FontSubsetError(message: "cannot run \(python): \(error.localizedDescription)")
        }
        if ended.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            if ended.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                ended.wait()
            }
            throw FontSubsetError(message: "fontTools took more than \(Int(timeLimit)) seconds and was stopped")
        }
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            throw FontSubsetError(message: "fontTools failed: \(said(in: messages))")
        }
        guard let size = FileIdentity.of(output.path)?.size, size <= largestOutput, let data = try? Data(contentsOf: output),
            data.starts(with: Array("wOF2".utf8))
        else {
            throw FontSubsetError(message: "fontTools did not make a WOFF2 file of the expected size: \(said(in: messages))")
        }
        return data
    }

    /// The last line of the start of what the tool wrote (Python's error comes last).
    private static func said(in messages: URL) -> String {
        guard let handle = FileHandle(forReadingAtPath: messages.path) else { return "it said nothing" }
        defer { try? handle.close() }
        let text = String(decoding: (try? handle.read(upToCount: largestMessage)) ?? Data(), as: UTF8.self)
        let line = text.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return line.isEmpty ? "it said nothing" : String(line.prefix(300))
    }
}
