import NIOCore
import Synchronization

/// The open connections of the preview server, and since when each has been
/// waiting for a request, so that the server never holds more than
/// `capacity` of them and a flood of slow clients cannot lock out a normal
/// one. At the cap, a new connection closes the one that has waited longest
/// without completing a request (a slow drip, or an idle kept-alive one),
/// as nginx reuses its oldest idle connections when it runs out; only when
/// every connection is busy (answering, or holding a live reload stream)
/// is the new one refused.
final class ConnectionTable: Sendable {
    private struct Entry {
        let channel: any Channel
        /// Set while no request is being answered.
        var waitingSince: NIODeadline?
    }

    let capacity: Int
    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Takes in a new connection, closing another to make room if need be; false when it must be refused.
    func admit(_ channel: any Channel) -> Bool {
        let (admitted, evicted): (Bool, (any Channel)?) = entries.withLock { entries in
            var evicted: (any Channel)?
            if entries.count >= capacity {
                let oldest = entries.filter { $0.value.waitingSince != nil }.min { $0.value.waitingSince! < $1.value.waitingSince! }
                guard let oldest else { return (false, nil) }
                entries[oldest.key] = nil
                evicted = oldest.value.channel
            }
            entries[ObjectIdentifier(channel)] = Entry(channel: channel, waitingSince: .now())
            return (true, evicted)
        }
        evicted?.close(promise: nil)
        return admitted
    }

    /// The connection waits for a request from now on.
    func waiting(_ channel: any Channel) {
        entries.withLock { $0[ObjectIdentifier(channel)]?.waitingSince = .now() }
    }

    /// The connection is answering a request, or streaming events: it is not to be closed to make room.
    func busy(_ channel: any Channel) {
        entries.withLock { $0[ObjectIdentifier(channel)]?.waitingSince = nil }
    }

    func remove(_ channel: any Channel) {
        entries.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(channel)) }
    }

    var count: Int { entries.withLock { $0.count } }

    var channels: [any Channel] { entries.withLock { $0.values.map(\.channel) } }
}
