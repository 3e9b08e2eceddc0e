import Foundation

/// Runs blocking jobs on a few threads, at most `total` at once and at most
/// `perHost` on the same host, so that checking a site's links is polite to
/// each platform and bounded for the machine. Results come back in the
/// order of the jobs.
struct HostLimitedRunner: Sendable {
    struct Job<Result: Sendable>: Sendable {
        var host: String
        var work: @Sendable () -> Result
    }

    var total = 8
    var perHost = 2

    func run<Result: Sendable>(_ jobs: [Job<Result>]) -> [Result] {
        let state = State<Result>(count: jobs.count)
        let group = DispatchGroup()
        for _ in 0..<min(max(total, 1), jobs.count) {
            group.enter()
            let thread = Thread {
                while let index = state.next(jobs, perHost: max(perHost, 1)) {
                    let result = jobs[index].work()
                    state.finish(index, host: jobs[index].host, result: result)
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return state.results.map { $0! }
    }

    /// What the threads share, under one lock.
    private final class State<Result: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var pending: [Int]
        private var running: [String: Int] = [:]
        private(set) var results: [Result?]

        init(count: Int) {
            pending = Array(0..<count)
            results = Array(repeating: nil, count: count)
        }

        /// The first waiting job whose host has room; waits while every
        /// waiting job's host is busy; nil when none is left.
        func next(_ jobs: [Job<Result>], perHost: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !pending.isEmpty {
                if let position = pending.firstIndex(where: { running[jobs[$0].host, default: 0] < perHost }) {
                    let index = pending.remove(at: position)
                    running[jobs[index].host, default: 0] += 1
                    return index
                }
                condition.wait()
            }
            return nil
        }

        func finish(_ index: Int, host: String, result: Result) {
            condition.lock()
            results[index] = result
            running[host, default: 1] -= 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
