import Foundation
import SiteGenCore
import Synchronization

/// One deploy of a built site to one target: read what the host holds,
/// plan, then carry the plan out in the order that keeps the site whole
/// (record of files on their way, assets, pages, feeds, record, removals,
/// final record). Cut off anywhere, it leaves complete files only, and a
/// record from which the next deploy finishes the job.
public struct DeployRun: Sendable {
    public var target: DeployTarget
    /// The built site to publish.
    public var built: URL
    /// `.sitegen/deploy/NAME/` in the site's folder: sitegen's own files for
    /// this target (the build, the copy of the host's record, a git clone).
    public var stateFolder: URL
    public var dryRun = false
    /// Where the deploy's scratch folder is made (the system's temporary folder when nil).
    public var scratchParent: URL?
    /// What the site was built from (`git describe`), for the record and the commit message.
    public var source: String?
    public var runner = ToolRunner.live
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    public var home = FileManager.default.homeDirectoryForCurrentUser
    public var now: @Sendable () -> Date = { Date() }
    public var progress: @Sendable (DeployProgress) -> Void = { _ in }

    public init(target: DeployTarget, built: URL, stateFolder: URL) {
        self.target = target
        self.built = built
        self.stateFolder = stateFolder
    }

    /// Where sitegen keeps the copy of the host's record after a deploy.
    public var localRecord: URL { stateFolder.appendingPathComponent("deployed.json") }

    public func run() throws -> DeployOutcome {
        let started = Date()
        try checkTools()
        var warnings: [String] = []
        if target.kind == .ftp {
            warnings.append("\(target.name) is plain FTP: the password and the files cross the network unencrypted. Use ftps if your host offers it.")
        }
        let local = try LocalTree.scan(built)
        let workspace = try DeployWorkspace(built: built, parent: scratchParent)
        defer { workspace.remove() }
        let transport = try makeTransport(workspace)
        defer { transport.close() }
        let record = try transport.readRecord().map { try DeployRecord(decoding: $0, from: "the host's \(DeployRecord.fileName)") }
        let plan = DeployPlan(local: local, record: record)
        if record == nil && !local.isEmpty {
            warnings.append(
                "\(target.name) has no record of an earlier deploy: every file is sent, and files already there under the same names are replaced.")
        }
        var outcome = DeployOutcome(
            target: target.name, dryRun: dryRun, uploaded: plan.uploads, removed: plan.removals, unchanged: plan.unchanged, seconds: 0,
            warnings: warnings)
        if dryRun || plan.isEmpty {
            outcome.seconds = Date().timeIntervalSince(started)
            return outcome
        }
        let steps = self.steps(plan, local: local, record: record)
        let counted = Mutex(DeployProgress(filesDone: 0, filesTotal: plan.uploads.count, bytesDone: 0, bytesTotal: plan.uploadBytes, lastPath: ""))
        let report = progress
        do {
            try transport.carryOut(steps) { step in
                guard case .upload(let file) = step else { return }
                let now = counted.withLock { state in
                    state.filesDone += 1
                    state.bytesDone += file.size
                    state.lastPath = file.path
                    return state
                }
                report(now)
            }
            try transport.publish(message: commitMessage)
        } catch var error as DeployError {
            error.details.append(
                target.kind == .git
                    ? "Nothing was pushed: the branch still holds the previous site."
                    : target.releases != nil
                        ? "Visitors still get the previous version; run sitegen deploy again to finish."
                        : "Each file on the host is whole, the old version or the new one; run sitegen deploy again to finish.")
            throw error
        }
        if case .writeRecord(let final)? = steps.last { keepLocalCopy(final) }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    func steps(_ plan: DeployPlan, local: [PublishedFile], record: DeployRecord?) -> [DeployStep] {
        var steps: [DeployStep] = []
        if !plan.uploads.isEmpty {
            var progress = plan.recordDuringUploads(record)
            steps.append(.writeRecord(progress.encoded()))
            steps += plan.resent.map(DeployStep.removePartial)
            // After each wave, the record says which files have arrived, so
            // that a deploy cut off later sends only the files after them again.
            let waves = PublishedFile.Wave.allCases.map { wave in plan.uploads.filter { $0.wave == wave } }.filter { !$0.isEmpty }
            for (number, wave) in waves.enumerated() {
                steps += wave.map(DeployStep.upload)
                guard number < waves.count - 1 else { break }
                for file in wave { progress.files[file.path] = file.hash }
                steps.append(.writeRecord(progress.encoded()))
            }
        }
        let date = now()
        if !plan.removals.isEmpty {
            steps.append(.writeRecord(plan.recordBeforeRemovals(local, old: record, source: source, now: date).encoded()))
            steps += plan.removals.map(DeployStep.remove)
            steps += plan.abandoned.map(DeployStep.removePartial)
            steps += plan.emptiedFolders.map(DeployStep.removeFolderIfEmpty)
        }
        let final = DeployRecord(files: Dictionary(uniqueKeysWithValues: local.map { ($0.path, $0.hash) }), source: source, deployed: date)
        steps.append(.writeRecord(final.encoded()))
        return steps
    }

    var commitMessage: String {
        "Publish the site\(source.map { " built from \($0)" } ?? "") with sitegen deploy"
    }

    private func keepLocalCopy(_ data: Data) {
        try? FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        try? AtomicFile.replace(localRecord.path, with: data)
    }

    /// Every program the target's kind needs, named with its Debian package when missing.
    func checkTools() throws {
        let missing = target.kind.tools.filter { runner.locate($0.program) == nil }
        guard !missing.isEmpty else { return }
        let packages = Array(Set(missing.map(\.package))).sorted()
        throw DeployError(
            "deploying to \(target.name) (\(target.kind.rawValue)) needs \(missing.map(\.program).joined(separator: " and ")), which \(missing.count == 1 ? "is" : "are") not installed.",
            details: ["On Debian or Ubuntu: sudo apt-get install \(packages.joined(separator: " "))"])
    }

    private func makeTransport(_ workspace: DeployWorkspace) throws -> any DeployTransport {
        switch target.kind {
        case .sftp:
            return SFTPTransport(
                connection: try SSHConnection(target: target, runner: runner), workspace: workspace, runner: runner)
        case .rsync where target.releases != nil:
            return ReleasesTransport(
                connection: try SSHConnection(target: target, runner: runner), workspace: workspace, runner: runner, keep: target.releases ?? 3,
                now: now())
        case .rsync:
            return RsyncTransport(
                connection: try SSHConnection(target: target, runner: runner), workspace: workspace, runner: runner)
        case .ftp, .ftps:
            return LFTPTransport(target: target, password: try password(), workspace: workspace, runner: runner)
        case .git:
            return GitTransport(target: target, clone: stateFolder.appendingPathComponent("repository"), workspace: workspace, runner: runner)
        }
    }

    /// The FTP password: from the environment variable deploy.yml names, else from ~/.netrc.
    func password() throws -> String {
        if let variable = target.passwordVariable, let value = environment[variable], !value.isEmpty { return value }
        if let value = NetrcFile.load(from: home)?.password(host: target.host, user: target.user) { return value }
        let variable = target.passwordVariable
        throw DeployError(
            "no password for \(target.user) at \(target.host).\(variable.map { " The environment variable \($0) is not set." } ?? "")",
            details: [
                variable.map { "Set it for this terminal without it landing in your shell history: read -rs \($0) && export \($0)" }
                    ?? "Name an environment variable that holds it with `password_variable:` in deploy.yml,",
                "or add this line to ~/.netrc (then chmod 600 ~/.netrc): machine \(target.host) login \(target.user) password YOUR-PASSWORD",
            ])
    }
}
