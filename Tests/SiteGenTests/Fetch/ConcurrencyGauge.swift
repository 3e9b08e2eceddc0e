import Foundation

/// Counts the requests a test server is answering at once, and the most
/// seen, from inside a route's handler.
final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var current = 0
    private var highest = 0

    var peak: Int {
        lock.lock()
        defer { lock.unlock() }
        return highest
    }

    /// Holds one request open for `seconds`, counted by each gauge.
    static func hold(_ seconds: Double, counting gauges: [ConcurrencyGauge]) {
        for gauge in gauges { gauge.enter() }
        Thread.sleep(forTimeInterval: seconds)
        for gauge in gauges { gauge.leave() }
    }

    private func enter() {
        lock.lock()
        current += 1
        highest = max(highest, current)
        lock.unlock()
    }

    private func leave() {
        lock.lock()
        current -= 1
        lock.unlock()
    }
}
