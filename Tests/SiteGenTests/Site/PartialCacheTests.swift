import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The header and footer are rendered once for many pages (`PartialCache`).
/// That must never show one page's values on another, nor change a byte.
@Suite("Site: partials rendered once for many pages")
struct PartialCacheTests {
    private func plan(_ templates: [String: String], pageTemplates: Set<String> = ["page"]) throws -> [String: Set<String>] {
        let theme = try Theme(
            files: templates.map { name, text in
                ThemeFile(path: name + ".mustache", data: Data(text.utf8), displayPath: "templates/\(name).mustache", isOverride: true)
            })
        return PartialCachePlan(
            templates: theme.templates, pageTemplates: pageTemplates, rootFields: Set(PageContextView.schema.fields.keys),
            keyFields: PageContextView.partialKeyFields
        ).partials
    }

    @Test("the default theme's header and footer are cached, with what they read; the head is not")
    func defaultTheme() throws {
        let files = EmbeddedResources.theme.map { ThemeFile(path: $0.path, data: $0.data, displayPath: "theme:\($0.path)", isOverride: false) }
        let theme = try Theme(files: files)
        let cache = PartialCache(theme: theme, pageTemplates: TemplateLinter.themePageTemplates)
        #expect(cache.cachedPartials == ["header", "footer"])
        let plan = PartialCachePlan(
            templates: theme.templates, pageTemplates: TemplateLinter.themePageTemplates,
            rootFields: Set(PageContextView.schema.fields.keys), keyFields: PageContextView.partialKeyFields)
        #expect(plan.partials["footer"] == ["site", "texts", "has_footer_menu", "footer_menu"])
        #expect(plan.partials["header"]?.isSuperset(of: ["menu", "languages", "has_languages"]) == true)
    }

    @Test("a partial reading only the site's values, included at the top, is cached")
    func siteValues() throws {
        let partials = try plan([
            "page": "<body>\n{{>foot}}\n</body>\n",
            "foot": "<p>{{site.name}} {{texts.contact}}</p>\n{{#menu}}<a href=\"{{url}}\">{{title}}</a>{{^last()}}, {{/last()}}{{/menu}}\n",
        ])
        #expect(partials == ["foot": ["site", "texts", "menu"]])
    }

    @Test("what a partial reads of the page, directly or through another partial, keeps it on each page")
    func pageValues() throws {
        #expect(try plan(["page": "{{>foot}}\n", "foot": "<p>{{page.title}}</p>\n"]) == [:])
        #expect(try plan(["page": "{{>foot}}\n", "foot": "{{>inner}}\n", "inner": "{{document_title}}\n"]) == [:])
        // Inside a list, a name the item lacks is looked up on the page: counted.
        #expect(try plan(["page": "{{>foot}}\n", "foot": "{{#menu}}{{json_ld}}{{/menu}}\n"]) == [:])
        #expect(try plan(["page": "{{>foot}}\n", "foot": "{{#menu}}{{.}}{{/menu}}\n"]) == [:])
        #expect(try plan(["page": "{{>foot}}\n", "foot": "{{$block}}{{/block}}\n"]) == [:])
    }

    @Test("a partial included inside a section, indented, or in a block opened inside a section, is not cached")
    func placesThatChangeTheContext() throws {
        let foot = "<p>{{site.name}}</p>\n"
        #expect(try plan(["page": "{{#site.logo}}\n{{>foot}}\n{{/site.logo}}\n", "foot": foot]) == [:])
        #expect(try plan(["page": "<div>\n  {{>foot}}\n</div>\n", "foot": foot]) == [:])
        #expect(try plan(["page": "{{>foot}}\n<div>{{#menu}}\n{{>foot}}\n{{/menu}}</div>\n", "foot": foot]) == [:])
        #expect(
            try plan([
                "base": "{{#menu}}\n{{$slot}}{{/slot}}\n{{/menu}}\n", "page": "{{<base}}\n{{$slot}}\n{{>foot}}\n{{/slot}}\n{{/base}}\n",
                "foot": foot,
            ]) == [:])
        // At the top of a partial that is itself included inside a section: the section's values come first.
        #expect(try plan(["page": "{{#menu}}\n{{>row}}\n{{/menu}}\n", "row": "{{>foot}}\n", "foot": foot]) == [:])
        #expect(
            try plan(["page": "{{#menu}}\n{{>row}}\n{{/menu}}\n", "row": "{{>inner}}\n", "inner": "{{>foot}}\n", "foot": foot]) == [:])
        // The same block outside any section: cached.
        #expect(
            try plan([
                "base": "{{$slot}}{{/slot}}\n", "page": "{{<base}}\n{{$slot}}\n{{>foot}}\n{{/slot}}\n{{/base}}\n", "foot": foot,
            ]) == ["foot": ["site"]])
        // A template that pages are rendered with is never replaced.
        #expect(try plan(["page": "{{>foot}}\n", "foot": foot], pageTemplates: ["page", "foot"]) == [:])
    }

    @Test("a footer override that shows the page's address shows each page's own")
    func overrideReadingThePage() throws {
        let site = TestSupport.exampleSite
        let fileSystem = try InMemoryBuild.copy(of: site)
        try fileSystem.createDirectory(site.appendingPathComponent("templates"))
        try fileSystem.write(
            Data("<footer>{{page.permalink}} · {{site.name}}</footer>\n".utf8), site.appendingPathComponent("templates/footer.mustache"))
        try InMemoryBuild.build(site, in: fileSystem)
        let tree = try InMemoryBuild.tree(fileSystem)
        // Every page but those whose template replaces the footer block (/links/).
        let pages = tree.keys.filter { $0.hasSuffix("index.html") && String(decoding: tree[$0]!, as: UTF8.self).contains("<footer>") }
        #expect(pages.count > 20)
        var footers: Set<String> = []
        for path in pages {
            let html = String(decoding: tree[path]!, as: UTF8.self)
            let canonical = html.firstMatch(of: /<link rel="canonical" href="([^"]*)">/).map { String($0.1) }
            let footer = html.firstMatch(of: /<footer>([^ ]*) ·/).map { String($0.1) }
            #expect(footer != nil && footer == canonical, "\(path)")
            footers.insert(footer ?? "")
        }
        #expect(footers.count == pages.count)
    }

    /// The same site built twice: once with the theme's header and footer
    /// (cached), once with copies that also name the page in a section that
    /// writes nothing (never cached). Every byte must be the same.
    @Test("cached and uncached partials give the same bytes", arguments: ["site-example", "multilingual"])
    func sameBytes(siteName: String) throws {
        let site = siteName == "site-example" ? TestSupport.exampleSite : TestSupport.fixture(siteName)
        let cached = try InMemoryBuild.copy(of: site)
        try InMemoryBuild.build(site, in: cached)
        let uncached = try InMemoryBuild.copy(of: site)
        try uncached.createDirectory(site.appendingPathComponent("templates"))
        for name in ["header", "footer"] {
            let original = String(decoding: EmbeddedResources.theme.first { $0.path == name + ".mustache" }!.data, as: UTF8.self)
            // An inverted section over the page, inline: it writes nothing.
            let text = "{{^page}}{{/page}}" + original
            try uncached.write(Data(text.utf8), site.appendingPathComponent("templates/\(name).mustache"))
        }
        try InMemoryBuild.build(site, in: uncached)
        let cachedTree = try InMemoryBuild.tree(cached)
        let uncachedTree = try InMemoryBuild.tree(uncached)
        #expect(cachedTree.count > 10)
        #expect(Set(cachedTree.keys) == Set(uncachedTree.keys))
        for (path, data) in cachedTree where uncachedTree[path] != data {
            Issue.record("\(path) differs")
        }
    }
}
