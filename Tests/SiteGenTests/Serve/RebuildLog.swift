import Synchronization

@testable import SiteGenServer

/// The rebuilds of a preview, from its watcher's thread.
final class RebuildLog: Sendable {
    private let rebuilds = Mutex<[PreviewSession.Rebuild]>([])

    func append(_ rebuild: PreviewSession.Rebuild) { rebuilds.withLock { $0.append(rebuild) } }
    var all: [PreviewSession.Rebuild] { rebuilds.withLock { $0 } }
}
