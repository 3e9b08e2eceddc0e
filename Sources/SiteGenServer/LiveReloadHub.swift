import Foundation

/// Tells every open preview page to reload after a rebuild, over
/// Server-Sent Events: each page's connection waits here for the next
/// generation.
final class LiveReloadHub: @unchecked Sendable {
    private let condition = NSCondition()
    private var generation = 0
    private var stopped = false

    static let path = "/__sitegen/events"

    /// The script added to pages served by `serve` (never by `build`), before `</body>`.
    static let script = """
        <script>(function () { var events = new EventSource("\(path)"); events.addEventListener("reload", function () { location.reload(); }); })();</script>
        """

    func reload() {
        condition.lock()
        generation += 1
        condition.broadcast()
        condition.unlock()
    }

    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    var currentGeneration: Int {
        condition.lock()
        defer { condition.unlock() }
        return generation
    }

    /// Streams events to one page until it goes away or the server stops;
    /// a comment every 15 s keeps proxies and the browser from giving up.
    func stream(_ send: (Data) -> Bool) {
        guard send(Data("retry: 1000\n\n".utf8)) else { return }
        condition.lock()
        var seen = generation
        condition.unlock()
        while true {
            condition.lock()
            let deadline = Date(timeIntervalSinceNow: 15)
            while generation == seen, !stopped, condition.wait(until: deadline) {}
            let current = generation, isStopped = stopped
            condition.unlock()
            if isStopped { return }
            if current != seen {
                seen = current
                guard send(Data("event: reload\ndata: \(current)\n\n".utf8)) else { return }
            } else {
                guard send(Data(": keep-alive\n\n".utf8)) else { return }
            }
        }
    }
}
