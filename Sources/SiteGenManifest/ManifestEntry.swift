import SiteGenCore

/// An entry to add to `links.yml`, with its keys in the order an owner reads them.
public enum ManifestEntry: Sendable, Equatable {
    case profile(url: String, label: String?)
    case press(PressEntry)

    var section: String {
        switch self {
        case .profile: "profiles"
        case .press: "press"
        }
    }

    package var url: String {
        switch self {
        case .profile(let url, _): url
        case .press(let entry): entry.url
        }
    }

    /// Why the entry cannot be written, in plain words: a blank required
    /// field, or a control character that would break the site's outputs
    /// (the loader refuses both, so the edit could not read back).
    var problem: String? {
        var fields: [(name: String, value: String?, required: Bool)] = [("url", url, true)]
        switch self {
        case .profile(_, let label):
            fields.append(("label", label, false))
        case .press(let entry):
            fields += [
                ("title", entry.title, true), ("outlet", entry.outlet, true), ("quote", entry.quote, false),
                ("lang", entry.language, false), ("archive", entry.archive, false),
            ]
        }
        for field in fields {
            guard let value = field.value else { continue }
            if TextField.isBlank(value), field.required || !value.isEmpty { return "the \(field.name) is blank" }
            if let control = TextField.forbiddenControl(in: value) { return "the \(field.name) contains \(TextField.describe(control))" }
        }
        return nil
    }

    /// `key: value` pairs in the order they are written.
    var fields: [(key: String, value: String)] {
        switch self {
        case .profile(let url, let label):
            return [("url", YAMLQuoting.address(url))] + (label.map { [("label", YAMLQuoting.plainIfSafe($0))] } ?? [])
        case .press(let entry):
            var fields = [
                ("url", YAMLQuoting.address(entry.url)),
                ("title", YAMLQuoting.doubleQuoted(entry.title)),
                ("outlet", YAMLQuoting.plainIfSafe(entry.outlet)),
                ("date", YAMLQuoting.date(entry.date)),
            ]
            if let quote = entry.quote { fields.append(("quote", YAMLQuoting.doubleQuoted(quote))) }
            if let language = entry.language { fields.append(("lang", YAMLQuoting.plainIfSafe(language))) }
            if let archive = entry.archive { fields.append(("archive", YAMLQuoting.address(archive))) }
            return fields
        }
    }
}

/// A press mention as `press add` records it.
public struct PressEntry: Sendable, Equatable {
    public var url: String
    public var title: String
    public var outlet: String
    public var date: ContentDate
    public var quote: String?
    public var language: String?
    public var archive: String?

    public init(url: String, title: String, outlet: String, date: ContentDate, quote: String? = nil, language: String? = nil, archive: String? = nil)
    {
        self.url = url
        self.title = title
        self.outlet = outlet
        self.date = date
        self.quote = quote
        self.language = language
        self.archive = archive
    }
}
