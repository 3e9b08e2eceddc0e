import Foundation
import Testing

@testable import SiteGenServer

/// `sitegen serve` as a process: the address it prints, the next free port
/// when its own is taken, and a clean stop on Ctrl-C.
@Suite("Serve: the serve command")
struct ServeCommandTests {
    /// Starts `sitegen serve`, waits for its "Serving" line, and returns the process and that line.
    static func start(_ arguments: [String], in folder: URL) throws -> (Process, Pipe, String) {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("(Ctrl-C to stop)") {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        return (process, errors, text)
    }

    @Test func servesOnTheNextFreePortAndStopsCleanlyOnCtrlC() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        // Take a port, so that serve has to use the next one.
        let taken = try PreviewHTTPServer(host: "127.0.0.1", port: 0) { _ in .init(status: 204) }
        defer { taken.stop() }
        let (process, _, text) = try Self.start(["--site", site.path, "--port", String(taken.port)], in: site)
        let printed = try #require(text.firstMatch(of: /Serving .+ at http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C to stop\)/))
        let port = try #require(Int(printed.output.1))
        #expect(port > taken.port && port <= taken.port + 20)
        #expect(try RawHTTPClient.get("/", port: port).status == 200)
        let folders = { (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? [] }
        let mine = "sitegen-serve-\(process.processIdentifier)-"
        #expect(folders().contains { $0.hasPrefix(mine) })

        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(!folders().contains { $0.hasPrefix(mine) }, "the temporary folder must be removed")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path), "serve never writes public/")
    }

    @Test func anotherAddressThanLoopbackIsAWarning() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let (process, errors, _) = try Self.start(["--site", site.path, "--host", "0.0.0.0", "--port", "0"], in: site)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let warning = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(warning.contains("warning: listening on 0.0.0.0: other machines on the network can see the preview"))
    }
}
