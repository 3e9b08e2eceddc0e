import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed system call: its errno and what was being done, shown with the
/// system's message (`cannot lock /site/.sitegen.lock: Resource busy`).
package struct POSIXError: Error, CustomStringConvertible, LocalizedError {
    package var code: Int32
    var what: String

    package init(_ code: Int32, _ what: String) {
        self.code = code
        self.what = what
    }

    package var description: String { "\(what): \(String(cString: strerror(code)))" }
    /// What `localizedDescription` shows, instead of "The operation could not be completed".
    package var errorDescription: String? { description }
}
