import ArgumentParser
import Foundation
import SiteGen

// Before any thread starts: see MallocArenas.
MallocArenas.limit()

// A peer that closes a connection (a fetched server, a preview's browser)
// must give an error to handle, not kill the process.
signal(SIGPIPE, SIG_IGN)

// Exit codes: 0 success, 1 the site has errors, 2 bad usage, 3 a deploy could not be completed.
do {
    var command = try SitegenCommand.parseAsRoot()
    try command.run()
} catch let failure as SiteFailure {
    exit(failure.code)
} catch {
    let code = SitegenCommand.exitCode(for: error)
    let message = SitegenCommand.fullMessage(for: error)
    if code == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
    // swift-argument-parser uses EX_USAGE (64) for usage errors; we promise 2.
    exit(code == .validationFailure ? 2 : code.rawValue)
}
