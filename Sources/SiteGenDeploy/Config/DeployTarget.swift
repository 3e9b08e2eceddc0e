import Foundation
import SiteGenCore

/// One place `sitegen deploy` publishes to, as deploy.yml names it. Holds no
/// secret: an SSH key stays in the agent or `~/.ssh`, an FTP password in an
/// environment variable or `~/.netrc`.
public struct DeployTarget: Sendable {
    public var name: String
    public var kind: DeployKind
    /// Where the target is written in deploy.yml, for messages about it.
    public var location: SourceLocation

    // SSH and FTP hosts.
    public var host: String = ""
    public var port: Int = 0
    public var user: String = ""
    /// The folder on the host that the web server serves (relative to the
    /// login folder unless it starts with `/`).
    public var folder: String = ""
    /// An SSH key other than the agent's and `~/.ssh`'s defaults.
    public var key: URL?
    /// A known_hosts file other than `~/.ssh/known_hosts`.
    public var knownHosts: URL?
    /// The environment variable that holds the FTP password.
    public var passwordVariable: String?
    /// A certificate authority to trust for FTPS, for a host whose
    /// certificate is not signed by one the system knows.
    public var certificateAuthority: URL?

    /// For rsync: each deploy goes to a new folder beside the old ones, and
    /// `folder`, a symbolic link, is switched to it at the end; this many
    /// versions are kept. nil to update the folder in place.
    public var releases: Int?

    // Git.
    public var repository: String = ""
    public var branch: String = "gh-pages"

    /// The site's address on this target, when it is not site.yml's `url`
    /// (a GitHub Pages project site lives under `/name/`).
    public var siteURL: String?
    /// Bytes per second at most, so that a deploy leaves the shop's
    /// connection usable; nil for no limit.
    public var speedLimit: Int?

    public init(name: String, kind: DeployKind, location: SourceLocation) {
        self.name = name
        self.kind = kind
        self.location = location
        self.port = kind.defaultPort ?? 0
    }

    /// `ovh (ftps, boulangerie@ftp.cluster021.hosting.ovh.net:www)`, for messages.
    public var summary: String {
        switch kind {
        case .git: "\(name) (git, branch \(branch) of \(repository))"
        default: "\(name) (\(kind.rawValue), \(user)@\(host)\(port == kind.defaultPort ? "" : ":\(port)") \(folder))"
        }
    }
}
