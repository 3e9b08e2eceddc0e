import Foundation

/// The way files reach one kind of host. Each transport drives a tool of
/// the field (OpenSSH's sftp, rsync, lftp, git) and knows how to read its
/// answers; `DeployRun` decides what is sent, in which order.
protocol DeployTransport {
    /// The host's record of what sitegen published, nil when it has none.
    /// The first contact with the host: a wrong password or an unknown host
    /// key stops the deploy here, before anything is changed.
    func readRecord() throws -> Data?
    /// Carries the steps out in order; `done` is called after each one.
    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws
    /// Makes the steps public where that is a step of its own (git pushes
    /// its commit); `message` names the source of the build.
    func publish(message: String) throws
    /// Lets go of anything held open (a shared SSH connection).
    func close()
}
