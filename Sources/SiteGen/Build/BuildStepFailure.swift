import Foundation

/// An error of the system (a disk that is full, a folder that cannot be
/// swapped), not of the site, with the name of the step it stopped.
struct BuildStepFailure: Error, LocalizedError, CustomStringConvertible {
    var step: String
    var underlying: any Error

    var description: String { "\(step): \(underlying.localizedDescription)" }
    var errorDescription: String? { description }
}
