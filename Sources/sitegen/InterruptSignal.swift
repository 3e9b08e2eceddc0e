import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C and SIGTERM for `serve`, without a window where a signal is lost or
/// kills the process before it has cleaned up: the handler, installed first,
/// only writes a byte to a pipe; a thread waiting on the pipe does the rest.
enum InterruptSignal {
    /// Created before any handler can run, so that the handler only reads it.
    private static let pipeEnds: (read: Int32, write: Int32) = {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        return (ends[0], ends[1])
    }()

    static func install(_ onInterrupt: @escaping @Sendable () -> Void) {
        let ends = pipeEnds
        // A program that starts sitegen from a thread that blocks signals
        // (a test runner, a job scheduler) passes that mask on: unblocked
        // here, on the main thread, where the handler then runs.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in
                var byte: UInt8 = 1
                _ = write(InterruptSignal.pipeEnds.write, &byte, 1)
            }
        }
        Thread.detachNewThread {
            var byte: UInt8 = 0
            while read(ends.read, &byte, 1) < 0, errno == EINTR {}
            onInterrupt()
        }
    }
}
