import Foundation
import Testing

/// A copy of site-example with a deploy.yml, deployed by the `sitegen`
/// binary as an owner would run it, and what the tests compare the host with.
struct DeployTestSite {
    let root: URL
    let site: URL

    init(deployYML: String) throws {
        root = TestSupport.temporaryDirectory()
        site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestSupport.exampleSite, to: site)
        try Data(deployYML.utf8).write(to: site.appendingPathComponent("deploy.yml"))
    }

    func cleanUp() { TestSupport.cleanUp(root) }

    @discardableResult
    func deploy(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["deploy", "--site", site.path] + arguments, in: root, environment: environment)
    }

    /// Starts `sitegen deploy` without waiting for it, to cut it off.
    func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["deploy", "--site", site.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// One page's text changes.
    func changeOnePage() throws {
        let page = site.appendingPathComponent("content/contact.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nLe parking est gratuit le dimanche.\n").write(to: page, atomically: true, encoding: .utf8)
    }

    /// A news post that nothing links to is removed.
    func removeOnePage() throws {
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/actualites/2026-07-15-conges-d-ete.md"))
    }

    static let removedPage = "actualites/conges-d-ete/index.html"
    static let changedPage = "contact/index.html"

    /// The site as `sitegen build` makes it now, path → bytes, without the build's marker.
    func built(baseURL: String? = nil) throws -> [String: Data] {
        let output = root.appendingPathComponent("expected-\(UUID().uuidString)")
        defer { TestSupport.cleanUp(output) }
        let result = try CommandLineTests.run(
            ["build", "--site", site.path, "--output", output.path] + (baseURL.map { ["--base-url", $0] } ?? []), in: root)
        #expect(result.status == 0, "\(result.stderr)")
        return Self.files(in: output).filter { $0.key != ".sitegen-output" }
    }

    /// Every regular file below `folder`, by relative path.
    static func files(in folder: URL) -> [String: Data] {
        let folder = folder.resolvingSymlinksInPath()
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        let prefix = folder.resolvingSymlinksInPath().path + "/"
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = url.resolvingSymlinksInPath().path
            files[String(path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// The paths whose bytes differ between two trees, or that only one has,
    /// for messages that name them rather than print two whole sites.
    static func differences(_ found: [String: Data], _ expected: [String: Data]) -> [String] {
        Set(found.keys).union(expected.keys).filter { found[$0] != expected[$0] }.sorted().map { path in
            found[path] == nil
                ? "missing \(path)"
                : expected[path] == nil ? "unexpected \(path)" : "different \(path) (\(found[path]!.count) bytes, not \(expected[path]!.count))"
        }
    }

    /// The uploaded-file count of a summary line.
    static func uploadedCount(_ stdout: String) -> Int? {
        stdout.firstMatch(of: /: (\d+) files? uploaded/).flatMap { Int($0.output.1) }
    }

    static func removedCount(_ stdout: String) -> Int? {
        stdout.firstMatch(of: /, (\d+) removed/).flatMap { Int($0.output.1) }
    }

    /// Ends a process and everything it started, at once, as a cut cable or a
    /// power failure would: SIGKILL, with no chance to tidy up.
    static func killTree(_ pid: Int32) {
        var children: [Int32: [Int32]] = [:]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let child = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, let parent = Int32(fields[1]) { children[parent, default: []].append(child) }
        }
        var queue = [pid]
        var all: [Int32] = []
        while let next = queue.popLast() {
            all.append(next)
            queue += children[next] ?? []
        }
        for process in all { kill(process, SIGKILL) }
    }
}
