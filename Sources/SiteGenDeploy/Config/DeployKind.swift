/// How a target receives the site, and the programs each way needs: sitegen
/// drives the field's own tools rather than speaking SSH, FTP or git itself.
public enum DeployKind: String, Sendable, CaseIterable {
    /// OpenSSH's `sftp`: any host with SSH, even one that allows no commands.
    case sftp
    /// `rsync` over SSH: a server where rsync is installed.
    case rsync
    /// FTP with TLS (explicit, `AUTH TLS`), through `lftp`.
    case ftps
    /// Plain FTP through `lftp`: only for hosts that offer nothing better.
    case ftp
    /// A branch of a git repository (GitHub Pages, Codeberg Pages, GitLab).
    case git

    /// A program this kind runs, and the Debian package that installs it.
    public struct Tool: Sendable, Equatable {
        public var program: String
        public var package: String
    }

    public var tools: [Tool] {
        switch self {
        case .sftp: [Tool(program: "sftp", package: "openssh-client"), Tool(program: "ssh-keyscan", package: "openssh-client")]
        case .rsync:
            [
                Tool(program: "rsync", package: "rsync"), Tool(program: "ssh", package: "openssh-client"),
                Tool(program: "ssh-keyscan", package: "openssh-client"),
            ]
        case .ftp, .ftps: [Tool(program: "lftp", package: "lftp")]
        case .git: [Tool(program: "git", package: "git")]
        }
    }

    var usesSSH: Bool { self == .sftp || self == .rsync }
    var usesFTP: Bool { self == .ftp || self == .ftps }

    var defaultPort: Int? {
        switch self {
        case .sftp, .rsync: 22
        case .ftp, .ftps: 21
        case .git: nil
        }
    }
}
