import Foundation

/// Runs blocking jobs on up to `total` threads at once, at most `perHost` of
/// them for one server, and returns their results in the jobs' order. A
/// thread that finds every waiting job's server busy sleeps until a job ends.
///
/// Threads rather than Dispatch's pool, whose width follows the number of
/// cores: each job mostly waits on the network, and two cores must still
/// run eight requests at once.
struct HostLimitedScheduler: Sendable {
    var perHost: Int
    var total: Int

    /// `servers[i]` is job i's server; `job(i)` runs it.
    func run<Result: Sendable>(servers: [String], _ job: @escaping @Sendable (Int) -> Result) -> [Result] {
        guard !servers.isEmpty else { return [] }
        let board = Board<Result>(servers: servers, perHost: max(1, perHost))
        let finished = DispatchGroup()
        for _ in 0..<min(max(1, total), servers.count) {
            finished.enter()
            let thread = Thread {
                while let index = board.take() {
                    board.finish(index, with: job(index))
                }
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        return board.results()
    }

    /// The jobs waiting, the servers busy, and the results, under one lock.
    private final class Board<Result: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let servers: [String]
        private let perHost: Int
        private var waiting: [Int]
        private var busy: [String: Int] = [:]
        private var done: [Result?]

        init(servers: [String], perHost: Int) {
            self.servers = servers
            self.perHost = perHost
            waiting = Array(servers.indices)
            done = Array(repeating: nil, count: servers.count)
        }

        /// The next job whose server has room, waiting for one if need be;
        /// nil when no job is left.
        func take() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !waiting.isEmpty {
                if let position = waiting.firstIndex(where: { busy[servers[$0], default: 0] < perHost }) {
                    let index = waiting.remove(at: position)
                    busy[servers[index], default: 0] += 1
                    return index
                }
                condition.wait()
            }
            return nil
        }

        func finish(_ index: Int, with result: Result) {
            condition.lock()
            done[index] = result
            busy[servers[index], default: 1] -= 1
            condition.broadcast()
            condition.unlock()
        }

        /// Once every thread has ended, every job has a result.
        func results() -> [Result] {
            condition.lock()
            defer { condition.unlock() }
            return done.map { $0! }
        }
    }
}
