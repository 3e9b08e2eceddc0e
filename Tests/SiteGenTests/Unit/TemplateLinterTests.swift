import Foundation
import Mustache
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Small views made for these tests, so that the linter is checked against
/// fields chosen here rather than against the theme's views.
private struct LintItemView: TemplateView {
    var title = "", url = ""
    static let fields = TemplateFields<LintItemView>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("summary") { _ in nil },
    ])
}

private struct LintSiteView: TemplateView {
    var name = ""
    static let fields = TemplateFields<LintSiteView>([
        .text("name") { $0.name },
        .text("language") { _ in "fr" },
        .object("owner") { _ in LintItemView() },
        .dynamic("extra") { _ in [:] },
    ])
}

private struct LintPageView: TemplateView {
    var site = LintSiteView()
    var items: [LintItemView] = []
    var params: [String: SendableValue] = [:]
    static let fields = TemplateFields<LintPageView>([
        .object("site") { $0.site },
        .text("title") { _ in "Accueil" },
        .html("content") { _ in "<p>Bonjour</p>" },
        .number("count") { $0.items.count },
        .flag("has_items") { !$0.items.isEmpty },
        .list("items") { $0.items },
        .dynamic("params") { $0.params },
    ])
}

@Suite("Unit: TemplateLinter")
struct TemplateLinterUnitTests {
    /// Templates by name; the one linted is `main`. Templates that
    /// swift-mustache itself refuses are still scanned, so that the linter's
    /// own checks of sections can be tested.
    private func templates(_ sources: [String: String]) throws -> [String: ThemeTemplate] {
        var templates: [String: ThemeTemplate] = [:]
        for (name, text) in sources {
            let parsed: MustacheTemplate
            do { parsed = try MustacheTemplate(string: text) } catch { parsed = try MustacheTemplate(string: "") }
            templates[name] = ThemeTemplate(
                name: name, displayPath: "templates/\(name).mustache", template: parsed,
                tags: try MustacheTagScanner().tags(in: text))
        }
        return templates
    }

    private func lint(_ sources: [String: String], _ name: String = "main") throws -> [Diagnostic] {
        TemplateLinter(templates: try templates(sources)).lint(name, root: LintPageView.self)
    }

    private func lint(_ main: String) throws -> [Diagnostic] {
        try lint(["main": main])
    }

    /// An error in `main`.
    private func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        at("main", line, column, message)
    }

    private func at(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SourceLocation(file: "templates/\(file).mustache", line: line, column: column), message)
    }

    @Test("a template that reads only what its view has is clean")
    func clean() throws {
        let text = """
            <html lang="{{site.language}}"><title>{{title}} – {{site.name}}</title>
            {{{content}}}
            {{#has_items}}<p>{{count}}</p>{{/has_items}}{{^has_items}}<p>Rien</p>{{/has_items}}
            {{#items}}<a href="{{url}}">{{title}}</a>{{#summary}}{{.}}{{/summary}}{{/items}}
            {{#site}}{{name}}{{#owner}}{{url}}{{/owner}}{{/site}}{{! comment }}
            """
        #expect(try lint(text) == [])
        // The same text is accepted by Theme, which parses it with swift-mustache.
        let theme = try Theme(files: [
            ThemeFile(path: "main.mustache", data: Data(text.utf8), displayPath: "templates/main.mustache", isOverride: true)
        ])
        #expect(TemplateLinter(templates: theme.templates).lint("main", root: LintPageView.self) == [])
    }

    @Test("an unknown variable is an error, with a suggestion when one is close")
    func unknownVariable() throws {
        #expect(try lint("<h1>{{titel}}</h1>") == [at(1, 5, "unknown variable \"titel\"; did you mean \"title\"?")])
        #expect(try lint("\n  {{ttle}}") == [at(2, 3, "unknown variable \"ttle\"; did you mean \"title\"?")])
        #expect(try lint("{{description}}") == [at(1, 1, "unknown variable \"description\"")])
    }

    @Test("an unknown field of an object is an error")
    func unknownField() throws {
        #expect(try lint("{{site.nmae}}") == [at(1, 1, "\"site\" has no field \"nmae\"; did you mean \"name\"?")])
        #expect(try lint("{{site.owner.urll}}") == [at(1, 1, "\"site.owner\" has no field \"urll\"; did you mean \"url\"?")])
        #expect(try lint("{{site.name.first}}") == [at(1, 1, "\"site.name\" is a single value and has no field \"first\"")])
        #expect(try lint("{{site..name}}") == [at(1, 1, "\"site..name\" is not a valid name")])
    }

    @Test("HTML fields need {{{...}}}, text fields {{...}}")
    func escaping() throws {
        #expect(try lint("{{content}}") == [at(1, 1, "\"content\" is HTML made by sitegen; write {{{content}}} so that it is not escaped twice")])
        #expect(try lint("{{{title}}}") == [at(1, 1, "\"title\" is text and must be escaped; write {{title}}, not {{{title}}}")])
        #expect(try lint("x {{&site.name}}") == [at(1, 3, "\"site.name\" is text and must be escaped; write {{site.name}}, not {{{site.name}}}")])
        #expect(try lint("{{{content}}}{{title}}{{count}}{{{count}}}") == [])
    }

    @Test("a group of values is not one value")
    func groupAsValue() throws {
        #expect(try lint("{{site}}") == [at(1, 1, "\"site\" is a group of values, not one value; open it with {{#site}}...{{/site}}")])
        #expect(try lint("{{{items}}}") == [at(1, 1, "\"items\" is a group of values, not one value; open it with {{#items}}...{{/items}}")])
    }

    @Test("a list's item fields resolve only inside the list")
    func listScope() throws {
        #expect(try lint("{{#items}}{{url}}{{/items}}") == [])
        let outside = try lint("{{#items}}{{url}}{{/items}}{{url}}")
        #expect(outside == [at(1, 28, "unknown variable \"url\"")])
        #expect(try lint("{{#items}}{{urll}}{{/items}}") == [at(1, 11, "unknown variable \"urll\"; did you mean \"url\"?")])
    }

    @Test("fields of outer scopes are visible inside a list")
    func outerScope() throws {
        #expect(try lint("{{#items}}{{site.name}} {{count}} {{{content}}}{{/items}}") == [])
        // The item's own title hides the page's, which is fine either way.
        #expect(try lint("{{#items}}{{title}}{{/items}}") == [])
        // A leading dot searches only the innermost scope.
        #expect(try lint("{{#items}}{{.url}}{{/items}}") == [])
    }

    @Test("a leading dot does not reach outer scopes")
    func leadingDot() throws {
        let diagnostics = try lint("{{#items}}{{.count}}{{/items}}")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix("unknown variable \"count\"") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: "templates/main.mustache", line: 1, column: 11))
    }

    @Test("sequence transforms work inside a list, not outside")
    func sequenceTransforms() throws {
        #expect(try lint("{{#items}}{{#first()}}<hr>{{/first()}}{{index()}}{{^last()}}, {{/last()}}{{/items}}") == [])
        #expect(try lint("{{#first()}}<hr>{{/first()}}") == [at(1, 1, "\"first()\" can only be used inside a list, such as {{#pages}}...{{/pages}}")])
        #expect(try lint("{{index()}}") == [at(1, 1, "\"index()\" can only be used inside a list, such as {{#pages}}...{{/pages}}")])
    }

    @Test("a misspelt sequence transform is an error")
    func unknownSequenceTransform() throws {
        let diagnostics = try lint("{{#items}}{{#frist()}}<hr>{{/frist()}}{{/items}}")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.column == 11)
    }

    @Test("a transform around a name checks the name")
    func transformAroundName() throws {
        #expect(try lint("{{lowercased(title)}}{{uppercased(site.name)}}") == [])
        #expect(try lint("{{lowercased(titel)}}") == [at(1, 1, "unknown variable \"titel\"; did you mean \"title\"?")])
    }

    /// swift-mustache renders `{{#reversed(items)}}` over the items, so the
    /// item's fields are in scope inside it.
    @Test("a section over a transformed list sees the item's fields")
    func transformedListSection() throws {
        let text = "{{#reversed(items)}}<a href=\"{{url}}\">x</a>{{/reversed(items)}}"
        let theme = try Theme(files: [
            ThemeFile(path: "main.mustache", data: Data(text.utf8), displayPath: "templates/main.mustache", isOverride: true)
        ])
        let view = LintPageView(items: [LintItemView(title: "A", url: "/a/"), LintItemView(title: "B", url: "/b/")])
        #expect(theme.render(view, with: "main") == "<a href=\"/b/\">x</a><a href=\"/a/\">x</a>")
        let diagnostics = TemplateLinter(templates: theme.templates).lint("main", root: LintPageView.self)
        #expect(diagnostics == [])
    }

    @Test("a flag section pushes no scope")
    func flagSection() throws {
        #expect(try lint("{{#has_items}}{{title}}{{/has_items}}{{^has_items}}{{site.name}}{{/has_items}}") == [])
        #expect(try lint("{{#has_items}}{{url}}{{/has_items}}") == [at(1, 15, "unknown variable \"url\"")])
    }

    @Test("a section over a value makes {{.}} that value")
    func valueSection() throws {
        #expect(try lint("{{#title}}<h1>{{.}}</h1>{{/title}}{{#count}}{{.}}{{/count}}") == [])
        #expect(try lint("{{#title}}{{site.name}}{{/title}}") == [])
        #expect(try lint("{{#title}}{{.name}}{{/title}}") == [at(1, 11, "unknown variable \"name\"")])
    }

    @Test("dynamic fields allow any subpath")
    func dynamic() throws {
        #expect(try lint("{{params.anything}}{{{params.deep.html}}}{{#params.flag}}yes{{/params.flag}}") == [])
        #expect(try lint("{{#params}}{{any.thing}}{{/params}}{{site.extra.opening_note}}") == [])
        #expect(try lint("{{#site.extra}}{{nothing_checked}}{{/site.extra}}") == [])
        #expect(try lint("{{#params}}{{#gallery}}{{src}}{{/gallery}}{{/params}}") == [])
    }

    /// `{{#page.params.gallery}}{{src}}{{/page.params.gallery}}` over a list
    /// written in front matter: the section should open the owner's values.
    @Test("a section over a subpath of a dynamic field opens the owner's values")
    func dynamicSubpathSection() throws {
        let text = "{{#params.gallery}}<img src=\"{{src}}\">{{/params.gallery}}"
        let theme = try Theme(files: [
            ThemeFile(path: "main.mustache", data: Data(text.utf8), displayPath: "templates/main.mustache", isOverride: true)
        ])
        let gallery = SendableValue.list([.dictionary(["src": .string("a.jpg")]), .dictionary(["src": .string("b.jpg")])])
        #expect(theme.render(LintPageView(params: ["gallery": gallery]), with: "main") == "<img src=\"a.jpg\"><img src=\"b.jpg\">")
        let diagnostics = TemplateLinter(templates: theme.templates).lint("main", root: LintPageView.self)
        #expect(diagnostics == [])
        #expect(diagnostics.allSatisfy { $0.message == "unknown variable \"src\"" })
    }

    @Test("a missing partial is an error")
    func missingPartial() throws {
        #expect(try lint("<p>\n {{>footr}}") == [at(2, 2, "no partial named \"footr\" (looked in the site's templates/ and the theme)")])
        #expect(try lint(["main": "{{>footer}}", "footer": "{{site.name}}"]) == [])
    }

    @Test("a dynamic partial is refused")
    func dynamicPartial() throws {
        #expect(try lint("{{>*name}}") == [at(1, 1, "dynamic partials ({{>*name}}) are not supported: name the partial")])
    }

    @Test("a missing parent is an error")
    func missingParent() throws {
        #expect(
            try lint("{{<bse}}{{$main}}x{{/main}}{{/bse}}") == [at(1, 1, "no template named \"bse\" (looked in the site's templates/ and the theme)")]
        )
    }

    @Test("a parent is linted in the scope of the template that extends it")
    func parent() throws {
        let base = "<title>{{title}}</title>\n<main>{{$main}}{{/main}}</main>\n{{sitename}}"
        let main = "{{<base}}{{$main}}{{{content}}}{{/main}}{{/base}}"
        #expect(try lint(["main": main, "base": base]) == [at("base", 3, 1, "unknown variable \"sitename\"")])
        let fixed = base.replacingOccurrences(of: "{{sitename}}", with: "{{site.name}}")
        #expect(try lint(["main": main, "base": fixed]) == [])
        #expect(
            try lint(["main": "{{<base}}{{$main}}{{contnt}}{{/main}}{{/base}}", "base": fixed])
                == [at(1, 19, "unknown variable \"contnt\"; did you mean \"content\"?")])
    }

    @Test("a partial is linted in the caller's scope, with errors at the partial's own position")
    func partialScope() throws {
        let item = "<li>\n  <a href=\"{{url}}\">{{titl}}</a></li>"
        #expect(
            try lint(["main": "{{#items}}{{>item}}{{/items}}", "item": item])
                == [at("item", 2, 21, "unknown variable \"titl\"; did you mean \"title\"?")])
        // The same partial outside the list: `url` is unknown there.
        let outside = try lint(["main": "{{>item}}", "item": item])
        #expect(
            outside.map(\.location) == [
                SourceLocation(file: "templates/item.mustache", line: 2, column: 12),
                SourceLocation(file: "templates/item.mustache", line: 2, column: 21),
            ])
    }

    @Test("a partial included twice reports its problem once")
    func deduplicated() throws {
        let diagnostics = try lint(["main": "{{>footer}}{{>footer}}", "footer": "{{nope}}"])
        #expect(diagnostics == [at("footer", 1, 1, "unknown variable \"nope\"")])
    }

    @Test("recursive partials end")
    func recursion() throws {
        #expect(try lint(["main": "{{>a}}", "a": "{{title}}{{>b}}", "b": "{{>a}}{{>main}}{{site.name}}"]) == [])
        #expect(try lint(["main": "{{#items}}{{>main}}{{/items}}"]) == [])
        #expect(try lint(["main": "{{>a}}", "a": "{{>a}}{{oops}}"]) == [at("a", 1, 7, "unknown variable \"oops\"")])
    }

    @Test("a close that does not match its section is an error")
    func mismatchedClose() throws {
        #expect(try lint("{{#items}}\n{{/item}}") == [at(2, 1, "{{/item}} closes {{#items}} opened at line 1")])
        #expect(try lint("{{^has_items}}{{/items}}") == [at(1, 15, "{{/items}} closes {{^has_items}} opened at line 1")])
        #expect(try lint("x\n{{/items}}") == [at(2, 1, "{{/items}} closes nothing")])
    }

    @Test("a section never closed is an error at its opening")
    func unclosed() throws {
        #expect(try lint("{{title}}\n  {{#items}}{{url}}") == [at(2, 3, "{{#items}} is never closed with {{/items}}")])
        let unclosedParent = try lint("{{<base}}{{$main}}")
        #expect(
            unclosedParent == [
                at(1, 1, "no template named \"base\" (looked in the site's templates/ and the theme)"),
                at(1, 1, "{{<base}} is never closed with {{/base}}"),
                at(1, 10, "{{$main}} is never closed with {{/main}}"),
            ])
    }

    @Test("every problem is reported, in order of position")
    func manyProblems() throws {
        let diagnostics = try lint("{{b}}\n{{a}}{{content}}\n{{>nope}}")
        #expect(diagnostics.map(\.location.line) == [1, 2, 2, 3])
        #expect(diagnostics.map(\.location.column) == [1, 1, 6, 1])
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("a template that does not exist has nothing to lint")
    func unknownTemplate() throws {
        #expect(try lint(["main": "{{nope}}"], "other") == [])
    }
}
