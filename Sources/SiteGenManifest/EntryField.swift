import SiteGenCore

/// One key of an entry already in `links.yml`, to set in place
/// (`sitegen archive` records `archive:`, `sitegen import --account-gone`
/// a profile's `status: gone`).
public enum EntryField: Sendable, Equatable {
    /// The address of an archived copy of the page.
    case archive(String)
    /// Whether a profile still exists.
    case profileStatus(Profile.Status)

    var key: String {
        switch self {
        case .archive: "archive"
        case .profileStatus: "status"
        }
    }

    /// The value as written after `key: `.
    var yaml: String {
        switch self {
        case .archive(let url): YAMLQuoting.address(url)
        case .profileStatus(let status): status.rawValue
        }
    }

    /// Why the value cannot be written, in plain words (the loader would refuse it).
    var problem: String? {
        switch self {
        case .archive(let url):
            if let control = TextField.forbiddenControl(in: url) { return "the archive address contains \(TextField.describe(control))" }
            if let problem = WebAddress.problem(url) { return "the archive address \(TextField.quoted(url)) \(problem)" }
            return nil
        case .profileStatus:
            return nil
        }
    }

    /// The manifest as it reads once the entry at `index` of `section` has the value.
    func applied(to manifest: LinksManifest, section: String, index: Int) -> LinksManifest {
        var expected = manifest
        switch self {
        case .archive(let url):
            if section == "press" { expected.press[index].archive = url } else { expected.profiles[index].archive = url }
        case .profileStatus(let status):
            expected.profiles[index].status = status
        }
        return expected
    }
}
