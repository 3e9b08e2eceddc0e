import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The preview's rebuild planner, asked directly: for each kind of change,
/// which pages, list pages, generators and static files it redoes.
@Suite("Unit: RebuildPlanner")
struct RebuildPlannerTests {
    /// A copy of the example site, built once, and the last build's values.
    final class BuiltSite {
        let site: URL
        let snapshot: BuildSnapshot

        init() throws {
            site = try TestSupport.copyOfSite(TestSupport.exampleSite)
            let options = BuildOptions(siteDirectory: site, outputDirectory: site.appendingPathComponent("public"), workingDirectory: site)
            snapshot = try SiteBuilder(options: options, clock: .fixed(Date(timeIntervalSince1970: 0))).buildKeepingState().snapshot
        }

        deinit { TestSupport.cleanUp(site.deletingLastPathComponent()) }

        var plan: SitePlan { snapshot.plan }

        /// The page of `content/relativePath`, as it would be read after `edit`.
        func edited(_ relativePath: String, _ edit: (String) -> String) throws -> SiteFileChange {
            let file = site.appendingPathComponent("content").appendingPathComponent(relativePath)
            try Data(edit(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
            let known = try #require(snapshot.inputs.sources.first { $0.source.relativePath == relativePath })
            let loader = ContentLoader(fileSystem: .live, contentDirectory: site.appendingPathComponent("content"), display: { $0.path })
            return .page(relativePath, try loader.read(known.source))
        }

        func plan(_ changes: [SiteFileChange]) -> Rebuild {
            RebuildPlanner(last: snapshot, theme: snapshot.inputs.theme).plan(changes)
        }

        func partial(_ changes: [SiteFileChange]) throws -> PartialRebuild {
            guard case .partial(let rebuild) = plan(changes) else {
                Issue.record("expected a partial rebuild")
                throw CancellationError()
            }
            return rebuild
        }

        func page(_ relativePath: String) throws -> PageID {
            try #require(plan.page(source: relativePath))
        }
    }

    static let newsPost = "actualites/2026-11-03-horaires-des-fetes.md"

    @Test func theTextOfANewsPostRedoesItTheListPagesAndTheNewsFeed() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([try built.edited(Self.newsPost) { $0 + "\nUne ligne de plus.\n" }])
        let post = try built.page(Self.newsPost)
        #expect(rebuild.leaves == [post])
        // The list pages that show its summary: its section's and the home page's (the latest news);
        // not the other French sections', nor the English pages.
        #expect(rebuild.lists.map { built.plan[$0].sitePath } == ["/", "/actualites/"])
        #expect(built.plan.listPages.filter { built.plan[$0].language == "fr" }.count == 4)
        #expect(rebuild.generators.map(\.name) == ["news feed"])
        #expect(rebuild.changes == SiteChanges(pagesWithNewText: [post]))
        #expect(rebuild.plan[post].body.hasSuffix("Une ligne de plus.\n"))
        #expect(!built.plan[post].body.hasSuffix("Une ligne de plus.\n"), "the last build's plan is left as it was")
    }

    @Test func theTextOfAPageNoListShowsRedoesItAlone() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([try built.edited("a-propos.md") { $0 + "\nEncore.\n" }])
        #expect(rebuild.leaves == [try built.page("a-propos.md")])
        // The home page lists the latest news, not the pages at the top of content/.
        #expect(rebuild.lists.isEmpty)
        #expect(rebuild.generators.isEmpty)
    }

    @Test func theTextOfAListPageRedoesItAndTheListThatShowsItsSummary() throws {
        let built = try BuiltSite()
        let section = try #require(built.plan.listPages.first { built.plan[$0].kind == .section && built.plan[$0].source != nil })
        let file = try #require(built.plan[section].source?.relativePath)
        let rebuild = try built.partial([try built.edited(file) { $0 + "\nUne phrase.\n" }])
        #expect(rebuild.leaves.isEmpty)
        // Itself, and the list whose sub-sections it is one of (the home page's, for a folder of content/).
        let showing = built.plan.listPages.filter { built.plan.listing(of: $0)?.sections.contains(section) == true }
        #expect(!showing.isEmpty)
        #expect(rebuild.lists == ([section] + showing).sorted())
    }

    @Test func anyChangeOfFrontMatterNeedsAFullBuild() throws {
        let built = try BuiltSite()
        let edits: [(String) -> String] = [
            { $0.replacingOccurrences(of: "title: ", with: "title: Nouveau ") },
            // A key no hand-written list of fields would know.
            { $0.replacingOccurrences(of: "---\n", with: "---\nsomething_new: 1\n", options: [], range: $0.range(of: "---\n")) },
        ]
        for edit in edits {
            let change = try built.edited(Self.newsPost, edit)
            guard case .full(let reason) = built.plan([change]) else {
                Issue.record("a front matter change was rebuilt in part")
                continue
            }
            #expect(reason.contains("front matter"))
        }
    }

    @Test func aPageTemplateRedoesThePagesThatUseItAndNothingElse() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([.template("page")])
        let usingPage = built.plan.leafPages.filter { built.plan[$0].templateName == "page" }
        #expect(!usingPage.isEmpty)
        #expect(rebuild.leaves == usingPage)
        #expect(rebuild.lists.isEmpty)
        #expect(rebuild.generators.isEmpty)
        #expect(rebuild.changes.templates == ["page"])
    }

    @Test func aPartialOfTheBaseRedoesEveryPageAndThe404ButNotTheRedirects() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([.template("header")])
        #expect(rebuild.leaves == built.plan.leafPages)
        #expect(rebuild.lists == built.plan.listPages)
        #expect(rebuild.generators.map(\.name) == ["404 page"])
        #expect(rebuild.changes.templates.isSuperset(of: ["header", "base", "page", "home", "section", "404", "links", "press"]))
        #expect(!rebuild.changes.templates.contains("redirect"))
    }

    @Test func theRedirectTemplateRedoesTheRedirectsAlone() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([.template("redirect")])
        #expect(rebuild.leaves.isEmpty && rebuild.lists.isEmpty)
        #expect(rebuild.generators.map(\.name) == ["redirects"])
    }

    @Test func aStaticFileIsCopiedAlone() throws {
        let built = try BuiltSite()
        let rebuild = try built.partial([.staticFile("favicon.svg")])
        #expect(rebuild.leaves.isEmpty && rebuild.lists.isEmpty)
        #expect(rebuild.generators.map(\.name) == ["static files"])
        #expect(rebuild.changes.staticFiles == ["favicon.svg"])
    }

    @Test func whatOtherPagesMayShowNeedsAFullBuild() throws {
        let built = try BuiltSite()
        let changes: [SiteFileChange] = [
            .other("site.yml"), .other("links.yml"), .staticFile("new.txt"), .page("a-propos.md", nil), .page("nouvelle-page.md", nil),
        ]
        for change in changes {
            guard case .full = built.plan([change]) else {
                Issue.record("\(change) was rebuilt in part")
                continue
            }
        }
        // One such change among others still asks for a full build.
        guard case .full = built.plan([.staticFile("favicon.svg"), .other("site.yml")]) else {
            Issue.record("a change of site.yml among others was rebuilt in part")
            return
        }
    }
}
