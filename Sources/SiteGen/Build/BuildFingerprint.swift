import Foundation
import SiteGenCore

/// What a build's result depends on, hashed: the site's files, the options,
/// the sitegen program itself, the fonts it subsets, today's date (the
/// staleness warnings change with it) and, separately, the output folder as
/// the build left it. `sitegen build` with the same fingerprint as the last
/// build of the same output folder has nothing to do (`LastBuildRecord`).
struct BuildFingerprint: Codable, Equatable, Sendable {
    var inputs: String
    var output: String

    /// The build's inputs, read before the build reads them: a file changed
    /// while it runs makes the next build run again.
    static func inputs(of options: BuildOptions, today: ContentDate, fonts: WebFontCatalogue = .debian) -> String {
        var stamp = FileTreeStamp()
        // The program: a new sitegen may build the same files differently (its theme is built in).
        let program = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        stamp.add(program, label: "program")
        stamp.add(value: options.siteDirectory.path, label: "site")
        stamp.add(value: options.outputDirectory.path, label: "output")
        stamp.add(value: options.workingDirectory.path, label: "messages relative to")
        stamp.add(value: options.baseURL ?? "-", label: "base url")
        stamp.add(value: "\(options.includeDrafts)", label: "drafts")
        stamp.add(value: "\(today.year)-\(today.month)-\(today.day)", label: "today")
        stamp.add(value: ProcessInfo.processInfo.environment["TZ"] ?? "-", label: "TZ")
        for name in SiteInputs.pathsRead {
            stamp.add(options.siteDirectory.appendingPathComponent(name).path, label: name)
        }
        for folder in Set(fonts.fonts.map(\.folder)).sorted() {
            stamp.add(folder, label: folder)
        }
        return ContentHash.sha256(Data(stamp.text))
    }

    /// The output folder, every file and folder in it.
    static func output(_ folder: URL) -> String {
        var stamp = FileTreeStamp(changeTimes: false)
        stamp.add(folder.path, label: "output")
        return ContentHash.sha256(Data(stamp.text))
    }
}
