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
    /// The test runner's threads block SIGTERM, SIGINT, SIGHUP, SIGCHLD and
    /// SIGALRM, and a child inherits the mask of the thread that starts it.
    /// Started from them, `sshd`, `lftp` and `sftp` never see the SIGTERM of
    /// `terminate()`, and a shell's `wait` never wakes. Started here, they
    /// behave as they do from a terminal.
    func runWithSignalsUnblocked() throws {
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
