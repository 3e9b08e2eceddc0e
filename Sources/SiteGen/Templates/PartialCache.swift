import Mustache
import Synchronization

/// Renders page templates, taking the partials that read only the site's
/// and the menus' values (the header, the footer with its contact block and
/// profile list) from a cache: rendered once for each distinct value they
/// read, instead of once per page. The footer alone was a fifth of the CPU
/// time of a 1,000-page build. `PartialCachePlan` decides which partials
/// qualify; each build makes a new cache, so nothing outlives its inputs.
final class PartialCache: Sendable {
    private let theme: Theme
    private let plan: PartialCachePlan
    /// The theme's library with each cached partial replaced by a stand-in
    /// that writes its text from `PageWithRenderedPartials`.
    private let pageLibrary: MustacheLibrary
    /// By partial: its reserved name in `PageWithRenderedPartials`.
    private let reservedNames: [String: String]
    private let rendered = Mutex<[Entry: String]>([:])
    /// A partial reading values that differ on every page (a language
    /// switcher's addresses) would only fill the cache.
    private static let capacity = 1024

    private struct Entry: Hashable {
        var partial: String
        var key: PartialKey
    }

    /// - Parameter pageTemplates: the templates pages are rendered with.
    init(theme: Theme, pageTemplates: Set<String>) {
        self.theme = theme
        plan = PartialCachePlan(
            templates: theme.templates, pageTemplates: pageTemplates, rootFields: Set(PageContextView.schema.fields.keys),
            keyFields: PageContextView.partialKeyFields)
        var library = theme.library
        var reservedNames: [String: String] = [:]
        for (index, partial) in plan.partials.keys.sorted().enumerated() {
            let reserved = PageWithRenderedPartials.namePrefix + String(index)
            // Letters, digits and `_` between triple braces: it always parses.
            guard let standIn = try? MustacheTemplate(string: "{{{" + reserved + "}}}") else { continue }
            library.register(standIn, named: partial)
            reservedNames[partial] = reserved
        }
        pageLibrary = library
        self.reservedNames = reservedNames
    }

    /// The partials taken from the cache.
    var cachedPartials: Set<String> { Set(reservedNames.keys) }

    func render(_ view: PageContextView, with template: String) -> String {
        guard !reservedNames.isEmpty else { return theme.render(view, with: template) }
        var texts: [String: String] = [:]
        for (partial, reserved) in reservedNames {
            let entry = Entry(partial: partial, key: view.partialKey(reading: plan.partials[partial] ?? []))
            let text: String
            if let cached = rendered.withLock({ $0[entry] }) {
                text = cached
            } else {
                text = theme.library.render(view, withTemplate: partial) ?? ""
                rendered.withLock { if $0.count < Self.capacity { $0[entry] = text } }
            }
            texts[reserved] = text
        }
        return pageLibrary.render(PageWithRenderedPartials(view: view, rendered: texts), withTemplate: template) ?? ""
    }
}
