import Foundation
import SiteGenCore

/// Turns the loaded Markdown files into the plan of the site: URLs, output
/// files, sections, menus and redirects, checking that no two inputs write
/// the same file.
struct SitePlanner {
    var config: SiteConfig
    var includeDrafts: Bool
    /// Output paths that sitegen itself writes (`404.html`, theme CSS), by what writes them.
    var generatedFiles: [ClaimedPath]
    /// Files of `static/`, relative to it.
    var staticFiles: [String]
    var staticDisplayRoot: String
    /// Pages sitegen makes itself (`/links/`, `/press/`): a page of `content/`
    /// at the same address gives its text and title instead.
    var builtInPages: [BuiltInPage] = []

    struct BuiltInPage {
        /// The page of `content/` that gives its text and title, and may move
        /// it with `slug:`, by its path in its edition (`en/links.md`).
        var sourceFile: String
        /// Where it is without `slug:`; a moved page redirects from there.
        var defaultPath: String
        var sitePath: String
        var templateName: String
        var title: String
        var weight: Int
        /// The language whose edition it belongs to.
        var language: SiteLanguage
    }

    func plan(_ sources: [LoadedSource]) throws(DiagnosticsError) -> SitePlan {
        var diagnostics: [Diagnostic] = []
        var claims = OutputClaims()
        for generated in generatedFiles {
            claims.claim(generated.path, by: generated.owner, at: SourceLocation(file: generated.owner))
        }

        let included = sources.filter { includeDrafts || !$0.frontMatter.draft }
        let draftSources = Set(sources.filter { !includeDrafts && $0.frontMatter.draft }.map(\.source.relativePath))

        // Every folder holding a page is a section, and so are its parents;
        // every language has its home page.
        let languages = config.languages
        let languageOfFolder = Dictionary(languages.map { ($0.folder, $0) }, uniquingKeysWith: { a, _ in a })
        /// The language of a folder of the plan: `en` for `en/news`, else the default.
        func language(ofFolder folder: String) -> SiteLanguage {
            let first = folder.split(separator: "/").first.map(String.init) ?? ""
            return languageOfFolder[first] ?? languages[0]
        }
        var folders = Set(languages.map(\.folder))
        for loaded in included {
            var folder = loaded.source.editionFolder
            while !folder.isEmpty {
                folders.insert(folder)
                folder = folder.contains("/") ? String(folder[..<folder.lastIndex(of: "/")!]) : ""
            }
        }

        var pages: [Page] = []
        var sections: [String: Section] = [:]
        var pathsBySource: [String: String] = [:]
        let indexFiles = Dictionary(included.filter(\.source.isIndex).map { ($0.source.editionFolder, $0) }, uniquingKeysWith: { a, _ in a })

        for folder in folders.sorted() {
            let sitePath = Self.sitePath(ofFolder: folder)
            let index = indexFiles[folder]
            let folderLanguage = language(ofFolder: folder)
            let kind: Page.Kind = folder == folderLanguage.folder ? .home : .section
            let fallbackTitle = kind == .home ? config.name : Self.humanised(String(folder.split(separator: "/").last!))
            if index?.frontMatter.slug != nil, let location = index?.frontMatter.keyLocations["slug"] {
                diagnostics.append(
                    .warning(
                        at: location,
                        "slug: ignored in index.md; rename the folder to change the address (now \(sitePath)), and keep the old one with aliases:"))
            }
            let page = Page(
                kind: kind, source: index?.source, frontMatter: index?.frontMatter ?? FrontMatter(),
                body: index?.body ?? "", bodyLineOffset: index?.bodyLineOffset ?? 0, folder: folder,
                title: index?.frontMatter.title ?? fallbackTitle, date: index?.frontMatter.date,
                sitePath: sitePath, outputPath: Self.outputPath(of: sitePath),
                templateName: index?.frontMatter.template ?? (kind == .home ? "home" : "section"),
                language: folderLanguage.code,
                translationKey: index?.frontMatter.translationKey ?? Self.translationKey(ofFolder: folder, in: folderLanguage))
            sections[folder] = Section(folder: folder, page: PageID(pages.count))
            if let index { pathsBySource[index.source.relativePath] = sitePath }
            pages.append(page)
        }

        for loaded in included where !loaded.source.isIndex {
            let source = loaded.source
            var name = String(source.editionFileName.dropLast(3))
            var date = loaded.frontMatter.date
            if let (prefixDate, rest) = Self.datePrefix(of: name) {
                name = rest
                date = date ?? prefixDate
            }
            if let written = loaded.frontMatter.slug, let problem = Self.slugProblem(written) {
                diagnostics.append(.error(at: loaded.frontMatter.keyLocations["slug"] ?? source.location(), problem))
                continue
            }
            let slug = loaded.frontMatter.slug ?? Slugifier.slug(name)
            guard !slug.isEmpty else {
                diagnostics.append(
                    .error(at: source.location(), "cannot make an address from the file name \"\(source.fileName)\"; add `slug:` to its front matter")
                )
                continue
            }
            let sitePath = Self.sitePath(ofFolder: source.editionFolder) + slug + "/"
            let page = Page(
                kind: .page, source: source, frontMatter: loaded.frontMatter, body: loaded.body,
                bodyLineOffset: loaded.bodyLineOffset, folder: source.editionFolder,
                title: loaded.frontMatter.title ?? Self.humanised(name), date: date,
                sitePath: sitePath, outputPath: Self.outputPath(of: sitePath),
                templateName: loaded.frontMatter.template ?? "page",
                language: source.language ?? config.language,
                translationKey: loaded.frontMatter.translationKey
                    ?? Self.translationKey(ofFolder: source.editionFolder, in: language(ofFolder: source.editionFolder))
                    + source.editionFileName.dropLast(3))
            sections[source.editionFolder]?.pages.append(PageID(pages.count))
            pathsBySource[source.relativePath] = sitePath
            pages.append(page)
        }

        for builtIn in builtInPages {
            let own = pages.firstIndex { $0.source?.editionPath == builtIn.sourceFile }
            if let existing = own ?? pages.firstIndex(where: { $0.sitePath == builtIn.sitePath }) {
                if pages[existing].frontMatter.template == nil { pages[existing].templateName = builtIn.templateName }
                // Paired with the other languages' page, written or made by sitegen.
                if pages[existing].frontMatter.translationKey == nil { pages[existing].translationKey = "sitegen:" + builtIn.templateName }
                // Moved by `slug:`: visitors and links of the old address still arrive.
                if pages[existing].sitePath != builtIn.defaultPath, !pages[existing].frontMatter.aliases.contains(builtIn.defaultPath) {
                    pages[existing].frontMatter.aliases.append(builtIn.defaultPath)
                }
                continue
            }
            var frontMatter = FrontMatter()
            frontMatter.menus = ["footer"]
            frontMatter.weight = builtIn.weight
            let page = Page(
                kind: .page, source: nil, frontMatter: frontMatter, body: "", bodyLineOffset: 0, folder: builtIn.language.folder,
                title: builtIn.title, date: nil, sitePath: builtIn.sitePath,
                outputPath: Self.outputPath(of: builtIn.sitePath), templateName: builtIn.templateName,
                language: builtIn.language.code, translationKey: "sitegen:" + builtIn.templateName)
            pages.append(page)
        }

        // Output files, in a fixed order so that the "first" owner in a message is stable.
        for page in pages {
            let owner =
                page.source?.displayPath
                ?? (page.kind == .page ? "sitegen's \(page.sitePath) page" : "the list page of content/\(page.folder)")
            claims.claim(page.outputPath, by: owner, at: page.kind == .page ? page.frontMatter.keyLocations["slug"] ?? page.location : page.location)
        }
        var redirects: [SitePlan.Redirect] = []
        for (index, page) in pages.enumerated() {
            for alias in page.frontMatter.aliases {
                let location = page.frontMatter.keyLocations["aliases"] ?? page.location
                if let problem = Self.aliasProblem(alias) {
                    diagnostics.append(.error(at: location, problem))
                    continue
                }
                let outputPath = Self.outputPath(ofAlias: alias)
                claims.claim(outputPath, by: "the alias \(alias) of \(page.source?.displayPath ?? page.folder)", at: location)
                redirects.append(SitePlan.Redirect(outputPath: outputPath, targetPage: PageID(index)))
            }
        }
        for file in staticFiles {
            claims.claim(file, by: "\(staticDisplayRoot)/\(file)", at: SourceLocation(file: "\(staticDisplayRoot)/\(file)"))
        }
        diagnostics += claims.diagnostics

        for folder in sections.keys {
            sections[folder]!.pages.sort { Self.listOrder(pages[$0.position], pages[$1.position]) }
            if languageOfFolder[folder] == nil {
                let parent = folder.contains("/") ? String(folder[..<folder.lastIndex(of: "/")!]) : ""
                sections[parent]?.subsections.append(folder)
            }
        }
        let listPageOfFolder = sections.mapValues(\.page)
        for folder in sections.keys {
            sections[folder]!.subsections.sort { Self.listOrder(pages[listPageOfFolder[$0]!.position], pages[listPageOfFolder[$1]!.position]) }
        }

        func menu(_ name: String, _ language: SiteLanguage) -> [PageID] {
            pages.indices.filter { pages[$0].language == language.code && pages[$0].frontMatter.menus.contains(name) }
                .sorted { (pages[$0].weight, pages[$0].title, pages[$0].sitePath) < (pages[$1].weight, pages[$1].title, pages[$1].sitePath) }
                .map(PageID.init)
        }

        let translations = TranslationGroups(pages: pages, languages: languages)
        diagnostics += translations.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        let editions = languages.map { language in
            let newsFolder = language.editionFolder(config.newsSection)
            let newsFeed = (sections[newsFolder]?.pages ?? []).filter { pages[$0.position].date != nil }.prefix(SitePlan.feedLength)
            return PlanEdition(
                language: language, home: sections[language.folder]!.page, mainMenu: menu("main", language),
                footerMenu: menu("footer", language), newsFeed: Array(newsFeed), newsFolder: newsFolder,
                builtInAddresses: BuiltInAddresses())
        }
        // A draft built with --drafts is still not announced to subscribers.
        let sectionFeeds = SectionFeed.candidateFolders(sources, config: config).sorted().compactMap { folder -> SectionFeed? in
            let entries = (sections[folder]?.pages ?? []).filter { pages[$0.position].isEntry && !pages[$0.position].frontMatter.draft }
            guard !entries.isEmpty else { return nil }
            return SectionFeed(
                folder: folder, sitePath: SectionFeed.sitePath(ofFolder: folder), entries: Array(entries.prefix(SitePlan.feedLength)))
        }
        return SitePlan(
            pages: pages, sections: sections, editions: editions,
            redirects: redirects, pathsBySource: pathsBySource, draftSources: draftSources,
            sectionFeeds: sectionFeeds, staticFiles: staticFiles, translations: translations.groups, warnings: diagnostics)
    }

    /// `news/` for the folder `en/news` of the English edition: the
    /// translation key of a folder's list page, and the start of its pages'.
    static func translationKey(ofFolder folder: String, in language: SiteLanguage) -> String {
        let inEdition = language.isDefault ? folder : String(folder.dropFirst(language.folder.count).drop { $0 == "/" })
        return inEdition.isEmpty ? "" : inEdition + "/"
    }

    /// Dated pages newest first, then undated ones by weight and title.
    static func listOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.weight, a.title, a.sitePath) < (b.weight, b.title, b.sitePath)
        }
    }

    static func sitePath(ofFolder folder: String) -> String {
        guard !folder.isEmpty else { return "/" }
        return "/"
            + folder.split(separator: "/").map { segment in
                let slug = Slugifier.slug(String(segment))
                return slug.isEmpty ? String(segment) : slug
            }.joined(separator: "/") + "/"
    }

    static func outputPath(of sitePath: String) -> String {
        String(sitePath.dropFirst()) + "index.html"
    }

    /// Why a slug cannot be the last part of a page's address, or nil. A slug
    /// is one segment: no `/` or `\`, not `.` or `..`, and not those written
    /// with percent signs (`%2e%2e`), which browsers and servers decode.
    static func slugProblem(_ slug: String) -> String? {
        let quoted = "slug: \"\(String(slug.debugDescription.dropFirst().dropLast()))\""
        if slug.trimmingCharacters(in: .whitespaces).isEmpty { return "\(quoted) is empty; remove it, or write the last part of the page's address" }
        if let problem = segmentProblem(slug) { return "\(quoted) \(problem)" }
        if slug.contains("/") || slug.contains("\\") {
            return "\(quoted) holds a slash; a slug is the last part of one address (`new-oven`): put the page in a folder for more parts"
        }
        return nil
    }

    /// Why an alias cannot be an address on this site, or nil. Like Hugo,
    /// an alias that would lead out of the site's root is refused; here
    /// before percent-decoding too, as a browser reads `%2e%2e` as `..`.
    static func aliasProblem(_ alias: String) -> String? {
        let quoted = "aliases: \"\(String(alias.debugDescription.dropFirst().dropLast()))\""
        if alias.contains("://") || alias.hasPrefix("//") {
            return "\(quoted) is a full address; an alias is an old address on this site, like /old-page/"
        }
        if alias.contains("\\") { return "\(quoted) holds a backslash; write addresses with /" }
        if alias.contains("?") || alias.contains("#") { return "\(quoted) holds ? or #, which cannot be part of a file's address" }
        for segment in alias.split(separator: "/") {
            if let problem = segmentProblem(String(segment)) { return "\(quoted) \(problem)" }
        }
        return nil
    }

    private static func segmentProblem(_ segment: String) -> String? {
        if segment.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "holds a control character; remove it"
        }
        let lower = segment.lowercased()
        if let encoded = ["%2e", "%2f", "%5c"].first(where: lower.contains) {
            return
                "holds \(encoded), a percent-encoded \(encoded == "%2e" ? "dot" : encoded == "%2f" ? "slash" : "backslash"), which browsers decode: write the character itself, or leave it out"
        }
        if segment == "." || segment == ".." {
            return "holds the segment \"\(segment)\", which browsers remove from addresses, so the page could not be reached"
        }
        // A browser would send `%41` as `A` (and `%252e` as `%2e`), so the
        // file named with the percent sign could not be reached.
        if segment.contains("%") { return "holds %, which browsers read as the start of an encoded character: write the character itself" }
        if segment.contains("?") || segment.contains("#") {
            return "holds ? or #, which end the path of an address, so the page could not be reached"
        }
        if segment.unicodeScalars.contains(where: \.properties.isWhitespace) { return "holds a space; join words with -" }
        // ext4 and most file systems take names of at most 255 bytes.
        if segment.utf8.count > 200 { return "is \(segment.utf8.count) bytes long, more than a file name may hold; shorten it" }
        return nil
    }

    static func outputPath(ofAlias alias: String) -> String {
        let path = String(alias.drop { $0 == "/" })
        if path.isEmpty { return "index.html" }
        if path.hasSuffix("/") { return path + "index.html" }
        let last = path.split(separator: "/").last ?? ""
        if last.hasSuffix(".html") || last.hasSuffix(".htm") { return path }
        return path + "/index.html"
    }

    /// `2024-05-01-new-oven` -> (2024-05-01, `new-oven`).
    static func datePrefix(of name: String) -> (ContentDate, String)? {
        guard name.count > 11 else { return nil }
        let prefix = String(name.prefix(10))
        let separator = name[name.index(name.startIndex, offsetBy: 10)]
        guard separator == "-" || separator == "_", let date = ContentDate(parsing: prefix) else { return nil }
        return (date, String(name.dropFirst(11)))
    }

    /// `new-oven` -> `New oven`, for titles nobody wrote.
    static func humanised(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
