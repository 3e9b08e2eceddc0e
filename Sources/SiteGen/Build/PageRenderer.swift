import Foundation
import SiteGenCore
import Synchronization

/// Renders every page: its Markdown, then its template, and writes it at once,
/// so that pages stream to disk instead of the whole site's HTML being held.
/// Pages render on every core; list pages come last, as they show the
/// summaries of the pages they list.
struct PageRenderer: Sendable {
    // Constants: `partials` caches what they give, and keys shared views by identity.
    let plan: SitePlan
    let theme: Theme
    let views: ViewBuilder
    var links: LinkRewriter
    var output: OutputDirectory
    var log: DiagnosticLog
    /// The raster images of `static/`, which Markdown images of them show through `<picture>`.
    var images: ImageCatalog
    /// By language code: a task list's labels and a video card's words are in the page's language.
    private let markdown: [String: MarkdownRenderer]
    /// Finds the originals a written page names by their address.
    private let referenceScanner: ImageReferences
    /// Renders the page templates, the header and footer once for many pages.
    private let partials: PartialCache

    init(
        plan: SitePlan, theme: Theme, views: ViewBuilder, links: LinkRewriter, output: OutputDirectory, log: DiagnosticLog,
        images: ImageCatalog = ImageCatalog()
    ) {
        self.plan = plan
        self.theme = theme
        self.views = views
        self.links = links
        self.output = output
        self.log = log
        self.images = images
        referenceScanner = ImageReferences(candidates: images.processedPaths, baseURL: views.config.baseURL)
        // Found out here, before pages render on every core (it renders a few documents itself).
        _ = MarkdownRenderer.parsesInParallel
        partials = PartialCache(theme: theme, pageTemplates: TemplateLinter.themePageTemplates.union(plan.pages.map(\.templateName)))
        markdown = views.editions.mapValues { edition in
            let texts = edition.texts.strings
            let words = EmbedMarkup.Words(
                play: texts["embed_play"] ?? "Play:", on: texts["embed_on"] ?? "on", video: texts["embed_video"] ?? "Video",
                map: texts["embed_map"] ?? "Map")
            return MarkdownRenderer(
                taskLabels: .init(done: texts["task_done"] ?? "Done", toDo: texts["task_to_do"] ?? "To do"),
                embeds: EmbedMarkup(mode: views.config.embeds, words: words))
        }
    }

    static let summaryLength = 220

    /// What later steps (and later rebuilds) need from the rendering: lists
    /// and feeds show summaries, the feed the full text of the latest posts.
    public struct Result: Sendable {
        var pageCount: Int
        var summaries: [PageID: String] = [:]
        /// The HTML body of each page of a feed.
        var feedContent: [PageID: String] = [:]
        /// The HTML body of each list page (home and sections).
        var listBodies: [PageID: String] = [:]
        /// Output paths written, in page order.
        var written: [String] = []
        /// Links to parts of pages, by the page they are written in.
        var fragments: [PageID: [FragmentReference]] = [:]
        /// The ids of the elements of each page, by its output path: what
        /// links to a part of a page may name.
        var elementIDs: [String: Set<String>] = [:]
        /// The images, headings and links to other sites of each page's
        /// Markdown, for `sitegen check`.
        var inventories: [PageID: MarkdownInventory] = [:]
        /// The raster images of `static/` that each page names by their
        /// own address (a link, raw HTML, its template), which are then
        /// published at it.
        var imageReferences: [PageID: Set<String>] = [:]
    }

    /// Renders all pages and writes them.
    func renderAll() -> Result {
        render(leaves: plan.leafPages, lists: plan.listPages, previous: Result(pageCount: plan.pages.count))
    }

    /// Renders the given pages and writes them, reusing what `previous` knows
    /// of the others (their summaries, the bodies of list pages).
    func render(leaves: [PageID], lists: [PageID], previous: Result) -> Result {
        let summaries = Mutex<[PageID: String]>(previous.summaries)
        let feedContent = Mutex<[PageID: String]>(previous.feedContent)
        let fragments = Mutex<[PageID: [FragmentReference]]>(previous.fragments)
        let elementIDs = Mutex<[String: Set<String>]>(previous.elementIDs)
        let inventories = Mutex<[PageID: MarkdownInventory]>(previous.inventories)
        let imageReferences = Mutex<[PageID: Set<String>]>(previous.imageReferences)
        let feedPages = plan.feedPages
        @Sendable func written(_ html: String, _ id: PageID) {
            let ids = ElementIDs.scan(html)
            elementIDs.withLock { $0[plan[id].outputPath] = ids }
            let named = referenceScanner.scan(html, sitePath: plan[id].sitePath)
            imageReferences.withLock { $0[id] = named.isEmpty ? nil : named }
            write(html, id)
        }
        DispatchQueue.concurrentPerform(iterations: leaves.count) { position in
            let id = leaves[position]
            let body = renderMarkdown(id)
            fragments.withLock { $0[id] = body.fragments }
            inventories.withLock { $0[id] = body.inventory }
            let summary = summaryText(id, firstParagraph: body.firstParagraph)
            summaries.withLock { $0[id] = summary }
            if feedPages.contains(id) { feedContent.withLock { $0[id] = body.html } }
            let view = views.context(
                page: views.pageView(id, content: body.html, summary: summary), current: id,
                dated: plan[id].date != nil, structuredData: views.postingJSON(id, inventory: body.inventory))
            written(partials.render(view, with: plan[id].templateName), id)
        }

        // List pages: their own Markdown first, as sub-sections show each other's summaries.
        let listBodies = Mutex<[PageID: String]>(previous.listBodies)
        DispatchQueue.concurrentPerform(iterations: lists.count) { position in
            let id = lists[position]
            let body = renderMarkdown(id)
            fragments.withLock { $0[id] = body.fragments }
            inventories.withLock { $0[id] = body.inventory }
            let summary = summaryText(id, firstParagraph: body.firstParagraph)
            summaries.withLock { $0[id] = summary }
            listBodies.withLock { $0[id] = body.html }
        }
        let allSummaries = summaries.withLock { $0 }
        let bodies = listBodies.withLock { $0 }
        DispatchQueue.concurrentPerform(iterations: lists.count) { position in
            let id = lists[position]
            let page = plan[id]
            guard let listing = plan.listing(of: id) else { return }
            let view = views.context(
                page: views.pageView(id, content: bodies[id] ?? "", summary: allSummaries[id]),
                current: id,
                pages: listing.pages.map { views.summaryView($0, summary: allSummaries[$0]) },
                sections: listing.sections.map { views.summaryView($0, summary: allSummaries[$0]) })
            written(partials.render(view, with: page.templateName), id)
        }
        return Result(
            pageCount: plan.pages.count, summaries: allSummaries, feedContent: feedContent.withLock { $0 },
            listBodies: bodies, written: (leaves + lists).sorted().map { plan[$0].outputPath }, fragments: fragments.withLock { $0 },
            elementIDs: elementIDs.withLock { $0 }, inventories: inventories.withLock { $0 },
            imageReferences: imageReferences.withLock { $0 })
    }

    private func renderMarkdown(_ id: PageID) -> MarkdownRenderer.Output {
        let page = plan[id]
        guard page.source != nil else { return MarkdownRenderer.Output(html: "", firstParagraph: "", diagnostics: []) }
        var positions = MarkdownPositions(page)
        let output = markdown[page.language, default: markdown[views.config.language]!].render(
            page.body,
            resolveLink: { links.resolve($0, from: page.source?.folder ?? page.folder, sitePath: page.sitePath, language: page.language) },
            location: { positions.location(line: $0, byteColumn: $1) },
            picture: { image in
                var image = image
                // A page's own `image:` is shown above its text, first; on the home page, the hero.
                if page.frontMatter.image != nil || (page.kind == .home && views.config.theme.hero != nil) { image.lazy = true }
                if VideoMarkup.isVideo(image.file) {
                    return VideoMarkup.html(image, images, baseURL: views.config.baseURL, microformat: page.isEntry)
                }
                // A post's photos are its `u-photo`s; the classes mean nothing outside an h-entry.
                return PictureMarkup.html(image, images, baseURL: views.config.baseURL, imageClass: page.isEntry ? "u-photo" : nil)
            })
        if !output.diagnostics.isEmpty { log.report(output.diagnostics) }
        return output
    }

    private func summaryText(_ id: PageID, firstParagraph: String) -> String? {
        if let description = plan[id].frontMatter.description { return description }
        let text = firstParagraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !text.isEmpty else { return nil }
        guard text.count > Self.summaryLength else { return text }
        let cut = text.prefix(Self.summaryLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    private func write(_ html: String, _ id: PageID) {
        let page = plan[id]
        do {
            try output.write(Data(html.utf8), to: page.outputPath)
        } catch {
            log.report(.error(at: SourceLocation(file: output.target.path), "cannot write \(page.outputPath): \(error.localizedDescription)"))
        }
    }
}
