import Foundation

/// A branch of a git repository (GitHub Pages and the like). The branch is
/// checked out in sitegen's own clone under `.sitegen/deploy/`, the steps
/// are carried out there, and one commit naming the source is pushed: a
/// push is all or nothing, so visitors see the old site or the new one.
/// The push is never forced: if the branch moved on, the deploy stops.
struct GitTransport: DeployTransport {
    let target: DeployTarget
    let clone: URL
    let workspace: DeployWorkspace
    let runner: ToolRunner

    private var environment: [String: String] {
        ["GIT_SSH_COMMAND": "ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=20"]
    }

    @discardableResult
    private func git(_ arguments: [String], while doing: String, allowFailure: Bool = false) throws -> ToolRun.Result {
        let result = try runner.run(ToolRun("git", ["-C", clone.path] + arguments, environment: environment))
        guard result.succeeded || allowFailure else { throw failure(result, while: doing) }
        return result
    }

    func readRecord() throws -> Data? {
        try FileManager.default.createDirectory(at: clone, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: clone.appendingPathComponent(".git").path) {
            try git(["init", "-q"], while: "preparing sitegen's copy of the repository")
        }
        let remotes = try git(["remote"], while: "reading the repository's remotes").output
        try git(
            remotes.split(separator: "\n").contains("origin")
                ? ["remote", "set-url", "origin", target.repository] : ["remote", "add", "origin", target.repository],
            while: "naming the repository")
        let tracking = "refs/remotes/origin/\(target.branch)"
        let fetched = try git(
            ["fetch", "-q", "--depth=1", "origin", "+refs/heads/\(target.branch):\(tracking)"], while: "fetching \(target.branch)", allowFailure: true
        )
        if fetched.succeeded {
            try git(["checkout", "-q", "-f", "-B", target.branch, tracking], while: "checking out \(target.branch)")
            try git(["reset", "-q", "--hard", tracking], while: "checking out \(target.branch)")
        } else if fetched.errors.contains("couldn't find remote ref") || fetched.errors.contains("could not find remote ref") {
            // A first deploy: the branch starts empty, with no history.
            try git(["checkout", "-q", "-f", "--orphan", target.branch], while: "starting the branch \(target.branch)")
            try git(["rm", "-r", "-q", "-f", "--cached", "--ignore-unmatch", "."], while: "starting the branch \(target.branch)")
        } else {
            throw failure(fetched, while: "fetching \(target.branch)")
        }
        // sitegen's own copy: anything a cut-off deploy left in it goes.
        try git(["clean", "-q", "-d", "-f", "-x"], while: "cleaning sitegen's copy of the repository")
        let record = clone.appendingPathComponent(DeployRecord.fileName)
        guard FileManager.default.fileExists(atPath: record.path) else { return nil }
        return try Data(contentsOf: record)
    }

    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws {
        let files = FileManager.default
        for step in steps {
            switch step {
            case .upload(let file):
                let destination = clone.appendingPathComponent(file.path)
                try files.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                try? files.removeItem(at: destination)
                try files.copyItem(at: file.local, to: destination)
            case .writeRecord(let data):
                try data.write(to: clone.appendingPathComponent(DeployRecord.fileName), options: .atomic)
            case .remove(let path):
                try? files.removeItem(at: clone.appendingPathComponent(path))
            case .removePartial:
                break
            case .removeFolderIfEmpty(let path):
                let folder = clone.appendingPathComponent(path)
                if (try? files.contentsOfDirectory(atPath: folder.path))?.isEmpty == true { try? files.removeItem(at: folder) }
            }
            done(step)
        }
        // GitHub Pages runs Jekyll unless told not to, and Jekyll drops files
        // whose names start with _ or a dot.
        let noJekyll = clone.appendingPathComponent(".nojekyll")
        if !files.fileExists(atPath: noJekyll.path) { _ = files.createFile(atPath: noJekyll.path, contents: Data()) }
    }

    func publish(message: String) throws {
        try git(["add", "-A", "."], while: "recording the site")
        let unchanged = try git(["diff", "--cached", "--quiet"], while: "comparing the site", allowFailure: true)
        if unchanged.succeeded { return }
        var identity: [String] = []
        let email = try git(["config", "user.email"], while: "reading your git identity", allowFailure: true)
        if email.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            identity = ["-c", "user.name=sitegen", "-c", "user.email=sitegen@localhost"]
        }
        try git(identity + ["commit", "-q", "--no-verify", "-m", message], while: "committing the site")
        try git(["push", "-q", "origin", "HEAD:refs/heads/\(target.branch)"], while: "pushing \(target.branch)")
    }

    func close() {}

    private func failure(_ result: ToolRun.Result, while doing: String) -> DeployError {
        let said = result.errors
        if said.contains("Host key verification failed") {
            return DeployError(
                "the host of \(target.repository) is not among your known SSH hosts, so sitegen cannot be sure it is the right one. Nothing was sent.",
                details: [
                    "Connect once with ssh (for GitHub: `ssh -T git@github.com`), compare the fingerprint with the one the host publishes, and answer yes."
                ])
        }
        if said.contains("[rejected]") || said.contains("non-fast-forward") || said.contains("fetch first") {
            return DeployError(
                "the branch \(target.branch) of \(target.repository) changed while sitegen was deploying. Nothing was changed there; deploy again.")
        }
        if said.contains("Permission denied") || said.contains("Authentication failed") || said.contains("could not read Username") {
            return DeployError(
                "\(target.repository) refused to let you push. Nothing was sent.",
                details: ["Check that `git push` to this repository works for you (an SSH key, or a credential helper)."])
        }
        return DeployError("\(doing) failed.", details: DeployError.lastLines(of: said))
    }
}
