import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Process {
    /// `run()`, from a thread of its own that blocks no signal.
    ///
    /// A child inherits the signal mask of the thread that starts it, and
    /// Swift's concurrency threads (and the test runner's) block SIGTERM,
    /// SIGINT, SIGHUP, SIGCHLD and SIGALRM. Started from them, `lftp` and
    /// `sftp` would ignore the owner's Ctrl-C and `terminate()`, and go on
    /// sending after sitegen has stopped. Started here, they behave as they
    /// do from a terminal.
    package func runWithSignalsUnblocked() throws {
        let outcome = Mutex<Result<Void, any Error>?>(nil)
        let started = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            let result = Result { try run() }
            outcome.withLock { $0 = result }
            started.signal()
        }
        thread.start()
        started.wait()
        try outcome.withLock { $0 }?.get()
    }
}
