import Synchronization

/// Tells every open preview page to reload after a rebuild, over
/// Server-Sent Events: each page's connection listens here, and is told
/// when the server stops so that its stream ends cleanly.
public final class LiveReloadHub: Sendable {
    enum Event: Sendable {
        case reload(generation: Int)
        case stop
    }

    typealias Listener = @Sendable (Event) -> Void

    private struct State {
        var generation = 0
        var stopped = false
        var nextID = 0
        var listeners: [Int: Listener] = [:]
    }

    private let state = Mutex(State())

    static let path = "/__sitegen/events"

    /// The script added to pages served by `serve` (never by `build`), before `</body>`.
    static let script = """
        <script>(function () { var events = new EventSource("\(path)"); events.addEventListener("reload", function () { location.reload(); }); })();</script>
        """

    func reload() {
        let (generation, listeners) = state.withLock { state in
            state.generation += 1
            return (state.generation, Array(state.listeners.values))
        }
        for listener in listeners { listener(.reload(generation: generation)) }
    }

    func stop() {
        let listeners = state.withLock { state in
            state.stopped = true
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener(.stop) }
    }

    var listenerCount: Int { state.withLock { $0.listeners.count } }

    /// Calls `listener` on each reload until `stopListening`; nil once the hub has stopped.
    func listen(_ listener: @escaping Listener) -> Int? {
        state.withLock { state in
            guard !state.stopped else { return nil }
            state.nextID += 1
            state.listeners[state.nextID] = listener
            return state.nextID
        }
    }

    func stopListening(_ id: Int) {
        state.withLock { _ = $0.listeners.removeValue(forKey: id) }
    }
}
