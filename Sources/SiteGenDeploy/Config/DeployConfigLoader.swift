import Foundation
import SiteGenCore
import Yams

/// Reads deploy.yml, reporting every problem at its line and column in one
/// pass. Its values end up on other programs' command lines (ssh, lftp,
/// git), so each is checked for what could be read as an option or break a
/// command: a host or user starting with `-`, control characters, spaces.
public struct DeployConfigLoader {
    /// Paths in the file (keys, known hosts) are relative to the site's folder.
    public var siteDirectory: URL
    /// The user's home folder, for paths written `~/…`.
    public var home: URL

    public init(siteDirectory: URL, home: URL = FileManager.default.homeDirectoryForCurrentUser) {
        self.siteDirectory = siteDirectory
        self.home = home
    }

    static let commonKeys: Set<String> = ["kind", "url", "speed_limit"]
    static let sshKeys: Set<String> = ["host", "port", "user", "folder", "key", "known_hosts"]
    static let ftpKeys: Set<String> = ["host", "port", "user", "folder", "password_variable", "certificate_authority"]
    static let gitKeys: Set<String> = ["repository", "branch"]
    static let rsyncKeys: Set<String> = sshKeys.union(["releases"])
    static let secretKeys: Set<String> = ["password", "pass", "passwd", "secret", "token", "passphrase"]

    /// Reads `file`, named `display` in messages.
    public func load(file: URL, display: String) throws(DiagnosticsError) -> DeployConfig {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "cannot read the file: \(error.localizedDescription)"))
        }
        guard data.count <= 1_000_000 else {
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "the file is \(data.count / 1000) KB; a deploy.yml takes a few lines"))
        }
        return try load(YAMLSource(file: display, text: String(decoding: data, as: UTF8.self)))
    }

    package func load(_ source: YAMLSource) throws(DiagnosticsError) -> DeployConfig {
        let root = YAMLMappingReader(try source.parse(), source: source)
        root.reportUnknownKeys(known: ["targets"])
        var targets: [DeployTarget] = []
        if let mapping = root.mapping("targets") {
            if mapping.keys.isEmpty { mapping.error(at: root.location(of: "targets"), "targets: add at least one target") }
            for name in mapping.keys {
                if let target = readTarget(name, in: mapping) { targets.append(target) }
            }
            root.absorb(mapping)
        } else if !root.hasErrors {
            root.error(at: root.mappingLocation, "targets is required: the places the site is published to")
        }
        if root.hasErrors { throw DiagnosticsError(root.diagnostics) }
        return DeployConfig(targets: targets, file: source.file)
    }

    private func readTarget(_ name: String, in targets: YAMLMappingReader) -> DeployTarget? {
        let location = targets.location(ofKey: name)
        guard name.range(of: #"^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"#, options: .regularExpression) != nil else {
            targets.error(at: location, "targets.\(name): a target's name is letters, digits, - and _ (it is typed as `sitegen deploy NAME`)")
            return nil
        }
        guard let fields = targets.mapping(name) else { return nil }
        defer { targets.absorb(fields) }
        for key in fields.keys where Self.secretKeys.contains(key) {
            fields.error(
                at: fields.location(ofKey: key),
                "targets.\(name).\(key): passwords never go in deploy.yml, which is easily shared or published by mistake. "
                    + "For FTP, name an environment variable with `password_variable:`, or add the host to ~/.netrc; "
                    + "for SSH, use a key (ssh-keygen, then ssh-copy-id).")
        }
        guard let kindText = fields.requiredString("kind") else { return nil }
        guard let kind = DeployKind(rawValue: kindText.lowercased()) else {
            fields.error("kind", "\"\(kindText)\" is not a kind of target: sftp, rsync, ftps, ftp or git")
            return nil
        }
        var target = DeployTarget(name: name, kind: kind, location: location)
        let own: Set<String> = kind == .rsync ? Self.rsyncKeys : kind.usesSSH ? Self.sshKeys : kind.usesFTP ? Self.ftpKeys : Self.gitKeys
        let known = Self.commonKeys.union(own)
        for key in fields.keys where !known.contains(key) && !Self.secretKeys.contains(key) {
            let everyKey = Self.commonKeys.union(Self.rsyncKeys).union(Self.ftpKeys).union(Self.gitKeys)
            if everyKey.contains(key) {
                fields.error(at: fields.location(ofKey: key), "targets.\(name).\(key): not a setting of \(kind.rawValue) targets")
            }
        }
        fields.reportUnknownKeys(
            known: known.union(Self.secretKeys).union(Self.commonKeys.union(Self.rsyncKeys).union(Self.ftpKeys).union(Self.gitKeys)),
            suggesting: Array(known))
        if let url = fields.string("url") { target.siteURL = url }
        if fields.node("speed_limit") != nil { target.speedLimit = readSpeed(fields) }
        switch kind {
        case .git:
            if let repository = fields.requiredString("repository") {
                if repository.hasPrefix("-") || repository.contains(where: \.isControlOrSpace) {
                    fields.error("repository", "\"\(repository)\" is not a repository address (no spaces, not starting with -)")
                } else {
                    target.repository = repository
                }
            }
            if let branch = fields.string("branch") {
                if isBranchName(branch) {
                    target.branch = branch
                } else {
                    fields.error("branch", "\"\(branch)\" is not a branch name git accepts")
                }
            }
        default:
            readHost(fields, into: &target)
        }
        return target
    }

    private func readHost(_ fields: YAMLMappingReader, into target: inout DeployTarget) {
        if let host = fields.requiredString("host") {
            if host.range(of: #"^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?$|^\[[0-9A-Fa-f:.]+\]$"#, options: .regularExpression) != nil {
                target.host = host
            } else {
                fields.error("host", "\"\(host)\" is not a host name (like ftp.cluster021.hosting.ovh.net or 203.0.113.7)")
            }
        }
        if let port = fields.int("port") {
            if (1...65535).contains(port) { target.port = port } else { fields.error("port", "\(port) is not a port (1 to 65535)") }
        }
        if let user = fields.requiredString("user") {
            if user.hasPrefix("-") || user.contains("@") || user.contains(":") || user.contains(where: \.isControlOrSpace) {
                fields.error("user", "\"\(user)\" is not a user name (no spaces, @ or :, not starting with -)")
            } else {
                target.user = user
            }
        }
        if let folder = fields.requiredString("folder") {
            if folder.hasPrefix("-")
                || folder.contains(where: { $0.isControl || $0.unicodeScalars.contains { RemotePath.unsafeCharacters.contains($0) } })
            {
                fields.error(
                    "folder",
                    "\"\(folder)\" cannot be a folder on the host (no quotes, backslashes, * ? [ ] or control characters, not starting with -)")
            } else {
                target.folder = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
            }
        }
        if target.kind == .rsync, let releases = fields.int("releases") {
            if (2...20).contains(releases) {
                target.releases = releases
            } else {
                fields.error("releases", "\(releases) versions: keep between 2 and 20")
            }
            let base = target.folder.split(separator: "/").last.map(String.init) ?? ""
            if base.isEmpty || base == "." || base == ".." || base == "~" {
                fields.error("releases", "needs a folder with a name of its own (not \"\(target.folder)\"): it becomes a link to the current version")
            }
        }
        target.key = readPath(fields, "key")
        target.knownHosts = readPath(fields, "known_hosts")
        target.certificateAuthority = readPath(fields, "certificate_authority")
        if let variable = fields.string("password_variable") {
            if variable.range(of: #"^[A-Za-z_][A-Za-z0-9_]*$"#, options: .regularExpression) != nil {
                target.passwordVariable = variable
            } else {
                fields.error("password_variable", "\"\(variable)\" is not the name of an environment variable (letters, digits and _)")
            }
        }
    }

    private func readPath(_ fields: YAMLMappingReader, _ key: String) -> URL? {
        guard let text = fields.string(key) else { return nil }
        guard !text.isEmpty, !text.contains(where: \.isControl) else {
            fields.error(key, "expected the path of a file")
            return nil
        }
        if text == "~" || text.hasPrefix("~/") { return home.appendingPathComponent(String(text.dropFirst(2))).standardizedFileURL }
        if text.hasPrefix("/") { return URL(fileURLWithPath: text).standardizedFileURL }
        return siteDirectory.appendingPathComponent(text).standardizedFileURL
    }

    /// `500 KB/s`, `2 MB/s`, or a number of KB/s.
    private func readSpeed(_ fields: YAMLMappingReader) -> Int? {
        if let number = fields.node("speed_limit")?.checkedInt, number > 0 { return number * 1000 }
        let text = (fields.string("speed_limit") ?? "").replacingOccurrences(of: " ", with: "").lowercased()
        let units: [(String, Int)] = [("kb/s", 1000), ("mb/s", 1_000_000), ("ko/s", 1000), ("mo/s", 1_000_000)]
        for (unit, factor) in units where text.hasSuffix(unit) {
            if let value = Double(text.dropLast(unit.count)), value > 0, value < 1e6 { return max(1000, Int(value * Double(factor))) }
        }
        fields.error("speed_limit", "expected a speed such as 500 KB/s or 2 MB/s")
        return nil
    }

    /// What `git check-ref-format --branch` accepts, in the common case.
    private func isBranchName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasPrefix("/") && !name.hasSuffix("/") && !name.hasSuffix(".lock")
            && !name.contains("..") && !name.contains("@{") && !name.contains("//")
            && !name.contains(where: { $0.isControlOrSpace || "~^:?*[\\".contains($0) })
    }
}

extension Character {
    var isControl: Bool { unicodeScalars.contains { $0.properties.generalCategory == .control } }
    var isControlOrSpace: Bool { isControl || isWhitespace }
}
