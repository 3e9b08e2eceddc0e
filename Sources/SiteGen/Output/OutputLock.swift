import Foundation

/// One build at a time per output folder, across processes: an exclusive
/// `flock` on a file beside the folder (`.public.sitegen-lock`), held from
/// before the folder is checked until the new build is in place. The kernel
/// lets go of it when a build is killed, so a lock is never left stale; the
/// file itself is removed on the way out.
final class OutputLock: Sendable {
    let path: String
    private let system: OutputSystem
    private let descriptor: Int32

    private init(path: String, system: OutputSystem, descriptor: Int32) {
        self.path = path
        self.system = system
        self.descriptor = descriptor
    }

    static func path(for target: URL) -> String {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).sitegen-lock").path
    }

    /// Takes the lock of `target`'s folder. When another build holds it:
    /// waits, after calling `waiting` once, or, when `wait` is false,
    /// returns nil at once.
    static func acquire(for target: URL, wait: Bool, system: OutputSystem, waiting: () -> Void) throws -> OutputLock? {
        let path = path(for: target)
        if let descriptor = try system.lock(path, false) {
            return OutputLock(path: path, system: system, descriptor: descriptor)
        }
        guard wait else { return nil }
        waiting()
        guard let descriptor = try system.lock(path, true) else { return nil }
        return OutputLock(path: path, system: system, descriptor: descriptor)
    }

    func release() {
        system.unlock(descriptor, path)
    }
}
