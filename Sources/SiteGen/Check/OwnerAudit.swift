import Foundation
import SiteGenCore
import SiteGenManifest

/// What `sitegen check` lists for the owner to look at that only they can
/// decide, each at its file and line: what is left of the example bakery
/// after `sitegen init --example`, places to fill in left by `sitegen init`,
/// the placeholder address, two profiles on one platform, pages in another
/// language than the site's without `lang:`, and opening hours nobody has
/// confirmed. Warnings: a check never fails on them, unless `--strict`.
struct OwnerAudit {
    var snapshot: BuildSnapshot

    private var config: SiteConfig { snapshot.inputs.config }
    private var environment: BuildEnvironment { snapshot.environment }
    private var siteFile: String { environment.display("site.yml") }

    func warnings() -> [Diagnostic] {
        exampleLeftovers() + placesToFillIn() + placeholderAddress() + samePlatformTwice() + pagesInAnotherLanguage() + unconfirmedHours()
    }

    // MARK: The example bakery

    /// The example's files and links, unless the site is the example itself.
    private func exampleLeftovers() -> [Diagnostic] {
        let example = Dictionary(EmbeddedResources.exampleSite.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        guard let exampleSiteFile = example["site.yml"],
            let exampleConfig = try? SiteConfigLoader().load(
                YAMLSource(file: "site.yml", text: String(decoding: exampleSiteFile.data, as: UTF8.self))),
            exampleConfig.name != config.name
        else { return [] }
        let name = exampleConfig.name
        var found: [Diagnostic] = []
        // Pages and files of static/ still as the example has them.
        let pages = snapshot.plan.pages.compactMap(\.source)
        for source in pages {
            if let original = example["content/" + source.relativePath], (try? environment.fileSystem.read(source.url)) == original.data {
                found.append(
                    .warning(
                        at: SourceLocation(file: source.displayPath, line: 1, column: 1),
                        "this page is still the example's (\(name)): rewrite it for your business, or delete the file"))
            }
        }
        for file in snapshot.inputs.staticFiles {
            guard let original = example["static/" + file],
                (try? environment.fileSystem.read(environment.siteFile("static/" + file))) == original.data
            else {
                continue
            }
            let isLogo = config.logo == "/" + file
            let location =
                isLogo ? config.locations["logo"] ?? SourceLocation(file: siteFile) : SourceLocation(file: environment.display("static/" + file))
            found.append(
                .warning(
                    at: location,
                    isLogo
                        ? "logo: /\(file) is still the example's logo (\(name)); replace it with your own"
                        : "this file is still the example's (\(name)); replace it with your own or delete it"))
        }
        // Profiles and press articles of the example.
        if let exampleLinks = example["links.yml"],
            let manifest = try? LinksManifestLoader().load(YAMLSource(file: "links.yml", text: String(decoding: exampleLinks.data, as: UTF8.self)))
        {
            let profiles = Set(manifest.profiles.map { WebAddress.normalised($0.url) })
            let press = Set(manifest.press.map { WebAddress.normalised($0.url) })
            for profile in snapshot.inputs.links.profiles where profiles.contains(WebAddress.normalised(profile.url)) {
                found.append(
                    .warning(
                        at: profile.location,
                        "this profile is the example's (\(name)), not yours: remove it with sitegen profile remove \(profile.url)"))
            }
            for mention in snapshot.inputs.links.press where press.contains(WebAddress.normalised(mention.url)) {
                found.append(
                    .warning(
                        at: mention.location,
                        "this article is about the example (\(name)), not your business: remove it with sitegen press remove \(mention.url)"))
            }
        }
        return found
    }

    // MARK: Left by sitegen init

    /// `[In te vullen: …]` in site.yml and the pages, in any language sitegen init writes.
    private func placesToFillIn() -> [Diagnostic] {
        let openings = StarterWords.table.values.map { "[" + $0.fillIn + ":" }
        // site.yml's comments explain the marks; a page's `#` starts a heading.
        var files: [(display: String, url: URL, isYAML: Bool)] = [(siteFile, environment.siteFile("site.yml"), true)]
        files += snapshot.plan.pages.compactMap(\.source).map { ($0.displayPath, $0.url, false) }
        var found: [Diagnostic] = []
        for file in files {
            guard let data = try? environment.fileSystem.read(file.url) else { continue }
            for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !(file.isYAML && line.drop { $0 == " " }.hasPrefix("#")) {
                for opening in openings {
                    guard let start = line.range(of: opening) else { continue }
                    let place = line[start.lowerBound...].prefix { $0 != "]" }.dropFirst(opening.count)
                        .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".")))
                    let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                    found.append(
                        .warning(
                            at: SourceLocation(file: file.display, line: number + 1, column: column),
                            "left to fill in: \(place.isEmpty ? "this place" : "“\(place)”"); replace the brackets and what is in them with your own text"
                        ))
                }
            }
        }
        return found
    }

    /// The reserved example domains, which `sitegen init` writes when it cannot guess the site's own.
    static let placeholderHosts: Set<String> = ["example.com", "www.example.com", "example.org", "www.example.org", "example.net", "www.example.net"]

    private func placeholderAddress() -> [Diagnostic] {
        let declared = config.declaredURL ?? config.baseURL
        guard let host = URLComponents(string: declared.description)?.host?.lowercased(), Self.placeholderHosts.contains(host) else { return [] }
        return [
            .warning(
                at: config.locations["url"] ?? SourceLocation(file: siteFile),
                "url: \(declared) is an example address; write your site's own (the domain you will publish it at), as search engines, the feed and the QR code use it"
            )
        ]
    }

    // MARK: The presence

    /// Two live profiles on one platform: often an old account nobody closed.
    private func samePlatformTwice() -> [Diagnostic] {
        var first: [String: RecognisedProfile] = [:]
        var found: [Diagnostic] = []
        for profile in snapshot.inputs.presence.profiles {
            guard let platform = profile.platform else { continue }
            if let earlier = first[platform.id] {
                found.append(
                    .warning(
                        at: profile.profile.location,
                        "a second \(platform.name) profile: visitors see two \(platform.name) buttons; if one is old, remove it, or mark it status: gone",
                        notes: [.init(at: earlier.profile.location, "the other \(platform.name) profile")]))
            } else {
                first[platform.id] = profile
            }
        }
        return found
    }

    /// A page written in another language than the site's (or, on a site
    /// in several, than its file's) is read aloud with the wrong voice by
    /// screen readers, and misfiled by search engines.
    private func pagesInAnotherLanguage() -> [Diagnostic] {
        snapshot.plan.pages.compactMap { page in
            guard page.source != nil, page.frontMatter.language == nil,
                let other = LanguageGuess.otherLanguage(of: page.body, expected: page.language)
            else { return nil }
            let location = page.frontMatter.keyLocations["title"] ?? page.location
            guard config.isMultilingual else {
                return .warning(
                    at: location,
                    "this page seems to be written in another language (\(other)) than the site (\(config.language)): add lang: \(other) to its front matter, so that screen readers and search engines read it as such"
                )
            }
            return .warning(
                at: location,
                "this page seems to be written in another language (\(other)) than its file name says (\(page.language)): name it for its language (\(other == config.language ? "without a language before .md" : "with .\(other).md")), or add lang: \(other) to its front matter"
            )
        }
    }

    /// Hours sitegen init wrote as an example, or that nobody has said are right.
    private func unconfirmedHours() -> [Diagnostic] {
        guard let hours = config.hours, !hours.days.isEmpty, config.lastVerified.hours == nil else { return [] }
        return [
            .warning(
                at: config.locations["hours"] ?? SourceLocation(file: siteFile),
                "hours: nobody has confirmed these opening hours yet; check each day, then add last_verified: with hours: and today's date"
            )
        ]
    }
}
