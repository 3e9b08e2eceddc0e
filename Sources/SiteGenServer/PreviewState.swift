import Foundation
import SiteGen
import SiteGenCore
import Synchronization

/// What the preview serves right now: the folder of the latest good build,
/// and the errors of the latest build when it failed.
final class PreviewState: Sendable {
    private let value = Mutex<(root: URL?, errors: [Diagnostic])>((nil, []))

    var root: URL? { value.withLock { $0.root } }
    var errors: [Diagnostic] { value.withLock { $0.errors } }

    func succeeded(root: URL) {
        value.withLock { $0 = (root, []) }
    }

    func failed(_ errors: [Diagnostic]) {
        value.withLock { $0.errors = errors }
    }
}
