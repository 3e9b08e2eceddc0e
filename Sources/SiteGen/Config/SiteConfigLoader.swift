import SiteGenCore
import Yams

/// Reads and checks `site.yml`, reporting every problem with its position.
struct SiteConfigLoader {
    static let knownKeys: Set<String> = [
        "name", "url", "language", "languages", "description", "type", "news_section", "logo", "image", "email", "telephone",
        "address", "geo", "hours", "special_hours", "last_verified", "embeds", "extra", "theme", "booking_url",
    ]

    /// `baseURLOverride` is `--base-url`, which wins over `url:`.
    func load(_ source: YAMLSource, baseURLOverride: String? = nil) throws(DiagnosticsError) -> SiteConfig {
        let root = YAMLMappingReader(try source.parse(), source: source)
        if root.keys.isEmpty, root.diagnostics.isEmpty {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: source.file, line: 1, column: 1),
                    "site.yml is empty; it needs at least `name:` and `url:`"))
        }
        root.reportUnknownKeys(known: Self.knownKeys)

        let name = root.requiredString("name")
        let baseURL = readBaseURL(root, override: baseURLOverride)
        let languages = readLanguages(root)
        let codes = [languages.language] + languages.others
        let description = root.words("description", languages: codes)
        let specialHours = readSpecialHours(root, languages: codes)
        let newsSection = root.string("news_section") ?? "news"
        if newsSection.contains("/") || newsSection.hasPrefix(".") {
            root.error("news_section", "must be the name of one folder of content/, such as \"news\"")
        }
        let address = readAddress(root)
        let businessType = readBusinessType(root)
        if SchemaOrgTypes.isLocalBusiness(businessType), address?.street == nil || address?.locality == nil {
            root.error(
                at: root.location(ofKeyOrMapping: "address"),
                "a \(businessType) is a local business: search engines require its address (address: with street: and locality:)")
        }
        let config = SiteConfig(
            name: name ?? "",
            baseURL: baseURL ?? BaseURL("https://example.invalid/")!,
            language: languages.language,
            description: description.text,
            businessType: businessType,
            newsSection: newsSection,
            logo: sitePath(root, "logo"),
            image: sitePath(root, "image"),
            email: readEmail(root),
            telephone: readTelephone(root, country: address?.country),
            address: address,
            geo: readGeo(root),
            hours: readWeeklyHours(root),
            specialHours: specialHours.hours,
            lastVerified: readLastVerified(root),
            extra: (root.node("extra")?.plainValue as? [String: Any]).map(SendableValue.dictionary) ?? [:]
        )
        var located = config
        located.embeds = readEmbeds(root)
        let theme = ThemeSettingsReader(languages: codes).read(root)
        located.theme = theme.settings
        located.otherLanguages = languages.others
        for code in languages.others {
            located.translatedWords[code] = SiteWords(
                description: description.translations[code], heroAlt: theme.heroAltTranslations[code],
                specialHourNotes: specialHours.notes[code] ?? [:])
        }
        located.bookingURL = readBookingURL(root)
        // Links written with the site's own address stay links within the
        // site when it is built for another one (a preview, --base-url).
        located.declaredURL = baseURLOverride == nil ? baseURL : (root.node("url")?.plainValue as? String).flatMap { BaseURL($0) }
        for key in [
            "url", "language", "languages", "special_hours", "last_verified", "hours", "telephone", "email", "address", "logo", "image",
            "booking_url",
        ]
        where root.node(key) != nil {
            located.locations[key] = root.location(of: key)
        }
        if let verified = root.mapping("last_verified") {
            for key in ["hours", "contact"] where verified.node(key) != nil {
                located.locations["last_verified.\(key)"] = verified.location(of: key)
            }
        }
        if let extraNode = root.node("extra"), case .mapping = extraNode {
        } else if root.node("extra") != nil {
            root.error("extra", "must be a mapping of your own `key: value` lines")
        }
        if !root.diagnostics.isEmpty, root.diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(root.diagnostics)
        }
        located.warnings = root.diagnostics
        return located
    }

    private func readBaseURL(_ root: YAMLMappingReader, override: String?) -> BaseURL? {
        if let override {
            guard let url = BaseURL(override) else {
                let specific = WebAddress.problem(override.trimmingCharacters(in: .whitespaces)).flatMap { $0 == WebAddress.notAbsolute ? nil : $0 }
                let problem = specific ?? "is not an absolute http: or https: address"
                root.error(at: SourceLocation(file: "--base-url"), "\(TextField.quoted(override)) \(problem)")
                return nil
            }
            return url
        }
        guard let text = root.requiredString("url") else { return nil }
        guard let url = BaseURL(text) else {
            let problem = WebAddress.problem(text.trimmingCharacters(in: .whitespaces)).flatMap {
                $0 == WebAddress.notAbsolute ? nil : "\(TextField.quoted(text)) \($0)"
            }
            root.error("url", problem ?? "\"\(text)\" is not an absolute http: or https: address such as https://www.example.com/")
            return nil
        }
        return url
    }

    /// `card` or `iframe`; anything else is an error listing both.
    private func readEmbeds(_ root: YAMLMappingReader) -> EmbedMode {
        guard let text = root.string("embeds") else { return .card }
        guard let mode = EmbedMode(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            root.error(
                "embeds",
                "\(TextField.quoted(text)) is not a way to show videos: write `card` (a link to the video, the default) or `iframe` (the platform's player in the page)"
            )
            return .card
        }
        return mode
    }

    /// An absolute https: or http: address, such as a booking platform's page.
    private func readBookingURL(_ root: YAMLMappingReader) -> String? {
        guard let text = root.string("booking_url")?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let problem = WebAddress.problem(text) {
            root.error("booking_url", "\(TextField.quoted(text)) \(problem)")
            return nil
        }
        return text
    }

    /// `language: fr`, or `languages: [fr, en]` for a site in several, whose
    /// first is the default; each a BCP 47 tag of a language the system's
    /// locale data knows, so that its dates and its name can be written.
    private func readLanguages(_ root: YAMLMappingReader) -> (language: String, others: [String]) {
        func checked(_ code: String, at location: SourceLocation, key: String) -> String? {
            guard LanguageTag.isValid(code) else {
                root.error(at: location, "\(key): \"\(code)\" is not a language code such as fr, en or en-GB")
                return nil
            }
            guard LanguageNames.ownName(language: code) != nil else {
                root.error(at: location, "\(key): \"\(code)\" is not a language sitegen knows; write its ISO 639 code, such as fr, en or ar")
                return nil
            }
            return code
        }
        let single = root.string("language").flatMap { checked($0, at: root.location(of: "language"), key: "language") }
        guard root.node("languages") != nil else { return (single ?? "en", []) }
        var codes: [String] = []
        for (index, node) in root.list("languages") ?? [] {
            let location = root.source.location(of: node.mark)
            guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
                root.error(at: location, "languages[\(index)]: expected a language code, such as en")
                continue
            }
            guard let code = checked(scalar.string, at: location, key: "languages[\(index)]") else { continue }
            if codes.contains(where: { $0.lowercased() == code.lowercased() }) {
                root.error(at: location, "languages[\(index)]: \(code) is listed twice")
                continue
            }
            codes.append(code)
        }
        if root.node("languages") != nil, codes.isEmpty, !root.hasErrors {
            root.error("languages", "list at least one language, the default first: languages: [fr, en]")
        }
        if let single, let first = codes.first, single != first {
            root.error(
                "language",
                "\(single) is not the first of `languages:` (\(first)); the first language is the default one: remove `language:`, or put \(single) first"
            )
        }
        guard let first = codes.first else { return (single ?? "en", []) }
        return (first, Array(codes.dropFirst()))
    }

    /// A site path such as `/images/logo.svg`, or an absolute http(s) address.
    private func sitePath(_ root: YAMLMappingReader, _ key: String) -> String? {
        guard let value = root.string(key) else { return nil }
        guard let problem = ImageAddress.problem(value) else { return value }
        root.error(key, "\(TextField.quoted(value)) \(problem)")
        return nil
    }

    private func readBusinessType(_ root: YAMLMappingReader) -> String {
        guard let type = root.string("type") else { return "Organization" }
        guard SchemaOrgTypes.isKnown(type) else {
            let all = SchemaOrgTypes.localBusinesses.union(SchemaOrgTypes.organisations)
            let suggestion = EditDistance.suggestion(for: type, among: all, minimum: 2)
            root.error(
                "type", "\"\(type)\" is not a schema.org type of business (such as Bakery, Plumber, HairSalon, Store or Organization)\(suggestion)")
            return "Organization"
        }
        return type
    }

    private func readTelephone(_ root: YAMLMappingReader, country: String?) -> PhoneNumber? {
        guard let text = root.string("telephone") else { return nil }
        guard let number = PhoneNumber(text, country: country) else {
            root.error("telephone", "\"\(text)\" is not a telephone number; write it in international form, such as \"+33 2 99 12 34 56\"")
            return nil
        }
        return number
    }

    private func readEmail(_ root: YAMLMappingReader) -> String? {
        guard let email = root.string("email") else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || email.contains(where: \.isWhitespace) {
            root.error("email", "\"\(email)\" is not an e-mail address")
            return nil
        }
        return email
    }

    private func readAddress(_ root: YAMLMappingReader) -> PostalAddress? {
        guard let reader = root.mapping("address") else { return nil }
        defer { root.absorb(reader) }
        reader.reportUnknownKeys(known: ["street", "locality", "postal_code", "region", "country"])
        let country = reader.string("country")
        if let country, country.count != 2 || !country.allSatisfy({ $0.isASCII && $0.isLetter }) {
            reader.error("country", "\"\(country)\" is not a two-letter country code such as FR or BE")
        }
        return PostalAddress(
            street: reader.string("street"), locality: reader.string("locality"),
            postalCode: reader.string("postal_code"), region: reader.string("region"),
            country: country?.uppercased())
    }

    private func readGeo(_ root: YAMLMappingReader) -> GeoCoordinates? {
        guard let reader = root.mapping("geo") else { return nil }
        defer { root.absorb(reader) }
        reader.reportUnknownKeys(known: ["latitude", "longitude"])
        let latitude = reader.double("latitude")
        let longitude = reader.double("longitude")
        if reader.node("latitude") == nil { reader.missing("latitude") }
        if reader.node("longitude") == nil { reader.missing("longitude") }
        guard let latitude, let longitude else { return nil }
        if !(-90...90).contains(latitude) { reader.error("latitude", "\(reader.string("latitude") ?? "") is not between -90 and 90") }
        if !(-180...180).contains(longitude) { reader.error("longitude", "\(reader.string("longitude") ?? "") is not between -180 and 180") }
        return GeoCoordinates(latitude: latitude, longitude: longitude)
    }

    /// One key per day, in English or in the site's language; a day left out
    /// is a warning at `hours:`, since it disappears from every list of hours.
    private func readWeeklyHours(_ root: YAMLMappingReader) -> WeeklyHours? {
        guard let reader = root.mapping("hours") else { return nil }
        defer { root.absorb(reader) }
        let dayKeys = reader.keys.filter { Weekday.named($0) != nil }
        reader.reportUnknownKeys(known: Set(dayKeys), suggesting: Weekday.keyNames)
        var days: [Weekday: [OpeningSpan]] = [:]
        var given: [Weekday: String] = [:]
        var languages: Set<String> = []
        for key in dayKeys {
            guard let (day, language) = Weekday.named(key) else { continue }
            languages.insert(language)
            if let earlier = given[day] {
                reader.error(at: reader.location(ofKey: key), "hours.\(key): \(earlier) is already listed; give each day once")
                continue
            }
            given[day] = key
            if reader.node(key) == nil {
                reader.warning(
                    at: reader.location(ofKey: key), "hours.\(key): no hours given; write `\(key): closed` if the shop is closed that day")
            }
            if let spans = readSpans(reader, key) { days[day] = spans }
        }
        let missing = Weekday.allCases.filter { given[$0] == nil }
        if !missing.isEmpty, !reader.hasErrors {
            // Named as the owner names the others: `mercredi: closed` among French days.
            let language = languages.count == 1 ? languages.first! : "en"
            let names = WeekdayNames.names(language: language)
            let missingNames = missing.map { language == "en" ? $0.rawValue : names[Weekday.allCases.firstIndex(of: $0)!] }
            let verb = missing.count == 1 ? "is" : "are"
            let when = missing.count == 1 ? "" : " on those days"
            reader.warning(
                at: root.location(ofKey: "hours"),
                "hours: \(Self.sentence(missingNames)) \(verb) not listed; write \(Self.sentence(missingNames.map { "`\($0): closed`" })) if the shop is closed\(when)"
            )
        }
        return WeeklyHours(days: days)
    }

    /// "a", "a and b", "a, b and c".
    private static func sentence(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// `closed`, `"07:00-13:30, 15:30-19:30"`, or a list of such spans.
    private func readSpans(_ reader: YAMLMappingReader, _ key: String) -> [OpeningSpan]? {
        guard let node = reader.node(key) else { return nil }
        let text: String
        switch node {
        case .sequence:
            guard let items = reader.stringList(key) else { return nil }
            text = items.joined(separator: ",")
        case .scalar:
            guard let single = reader.string(key) else { return nil }
            text = single
        default:
            reader.error(key, "expected `closed` or opening hours such as \"07:00-13:30, 15:30-19:30\", found \(node.kindDescription)")
            return nil
        }
        if Weekday.isClosedWord(text) { return [] }
        if node.bool == false { return [] }
        switch OpeningSpan.parse(text) {
        case .success(let spans):
            return spans
        case .failure(let problem):
            let reason = problem.isWholeText ? "" : " (\(problem.reason))"
            reader.error(key, "\"\(text)\" is not `closed` or opening hours such as \"07:00-13:30, 15:30-19:30\"\(reason)")
            return nil
        }
    }

    /// The special days, and the translations of their notes by language and position.
    private func readSpecialHours(_ root: YAMLMappingReader, languages: [String]) -> (hours: [SpecialHours], notes: [String: [Int: String]]) {
        guard let items = root.list("special_hours") else { return ([], [:]) }
        var result: [SpecialHours] = []
        var notes: [String: [Int: String]] = [:]
        for (index, node) in items {
            let reader = YAMLMappingReader(node, source: root.source, path: "special_hours[\(index)]")
            defer { root.absorb(reader) }
            reader.reportUnknownKeys(known: ["date", "from", "to", "hours", "note"])
            let date = reader.date("date")
            let from = reader.date("from")
            let to = reader.date("to")
            let spans = readSpans(reader, "hours")
            let note = reader.words("note", languages: languages)
            if reader.node("hours") == nil { reader.missing("hours") }
            let start: ContentDate?
            let end: ContentDate?
            switch (date, from, to) {
            case (let day?, nil, nil): (start, end) = (day, day)
            case (nil, let first?, let last?):
                (start, end) = (first, last)
                if last < first { reader.error("to", "\(last.isoDay) is before from: \(first.isoDay)") }
            default:
                if reader.node("date") == nil, reader.node("from") == nil, reader.node("to") == nil {
                    reader.error(at: reader.mappingLocation, "\(reader.path): needs `date:` for one day, or `from:` and `to:` for a range")
                } else if reader.node("date") != nil, reader.node("from") != nil || reader.node("to") != nil {
                    reader.error(at: reader.mappingLocation, "\(reader.path): give either `date:` or `from:` and `to:`, not both")
                } else if reader.node("from") == nil || reader.node("to") == nil, reader.node("date") == nil {
                    reader.error(at: reader.mappingLocation, "\(reader.path): a range needs both `from:` and `to:`")
                }
                (start, end) = (nil, nil)
            }
            if let start, let end, let spans {
                for (code, text) in note.translations { notes[code, default: [:]][result.count] = text }
                result.append(SpecialHours(from: start, through: end, spans: spans, note: note.text))
            }
        }
        return (result, notes)
    }

    private func readLastVerified(_ root: YAMLMappingReader) -> LastVerified {
        guard let reader = root.mapping("last_verified") else { return LastVerified() }
        defer { root.absorb(reader) }
        reader.reportUnknownKeys(known: ["hours", "contact"])
        return LastVerified(hours: reader.date("hours"), contact: reader.date("contact"))
    }
}
