import Synchronization

/// What an event stream has received so far, from another thread.
final class EventLog: Sendable {
    private let received = Mutex<[String]>([])

    func append(_ text: String) { received.withLock { $0.append(text) } }
    var text: String { received.withLock { $0.joined() } }
}
