/// Which partials of a theme render the same on many pages, and what of a
/// page's context each reads, found from the templates' tags.
///
/// A partial qualifies when everything it reads (through the partials it
/// includes too) is a field of `PageContextView.partialKeyFields`, and when
/// each place that includes it does so outside any section, at the start of
/// a line, in a template that is itself at the top (a page's template, its
/// parent, or such a partial): there the context is the page's alone and
/// nothing is indented, so
/// the partial rendered on its own gives the bytes it gives in place. A
/// partial with blocks or parents (`{{$...}}`, `{{<...}}`), or reading `.`,
/// never qualifies: what it shows could come from the page's template.
struct PartialCachePlan: Sendable {
    /// By partial name: the root fields of the page's context it reads.
    private(set) var partials: [String: Set<String>] = [:]

    /// - Parameters:
    ///   - templates: the theme's templates, with their tags.
    ///   - pageTemplates: templates rendered as whole pages, never taken as partials.
    ///   - rootFields: the fields of the context pages are rendered with.
    ///   - keyFields: those of them that a cached partial may read.
    init(templates: [String: ThemeTemplate], pageTemplates: Set<String>, rootFields: Set<String>, keyFields: Set<String>) {
        // Blocks (`{{$name}}`) render where a template extended declares
        // them, inside whatever sections are open there: a partial in a block
        // is at the top only if every block of that name is outside
        // sections, at the start of a line.
        var blocksNotAtTop: Set<String> = []
        Self.walk(templates) { _, tag, sections, _ in
            if tag.kind == .block, sections > 0 || tag.column != 1 { blocksNotAtTop.insert(tag.name) }
        }
        var includers: [String: Set<String>] = [:]
        var includedNotAtTop: Set<String> = []
        Self.walk(templates) { template, tag, sections, blocks in
            guard tag.kind == .partial else { return }
            includers[tag.name, default: []].insert(template)
            if sections > 0 || tag.column != 1 || !blocksNotAtTop.isDisjoint(with: blocks) { includedNotAtTop.insert(tag.name) }
        }
        // What a partial that is not at the top includes is not at the top either.
        var spreading = true
        while spreading {
            spreading = false
            for (partial, byTemplates) in includers where !includedNotAtTop.contains(partial) && !byTemplates.isDisjoint(with: includedNotAtTop) {
                includedNotAtTop.insert(partial)
                spreading = true
            }
        }
        var candidates: [String: Set<String>] = [:]
        for name in Set(includers.keys).subtracting(includedNotAtTop).subtracting(pageTemplates) {
            var visiting: Set<String> = []
            guard let reads = Self.reads(of: name, in: templates, rootFields: rootFields, visiting: &visiting), reads.isSubset(of: keyFields)
            else { continue }
            candidates[name] = reads
        }
        // A partial only ever included by cached ones (the footer's contact
        // block) is rendered with them: caching it too would be work for nothing.
        partials = candidates.filter { name, _ in !(includers[name] ?? []).isSubset(of: Set(candidates.keys)) }
    }

    /// Calls `visit` with each template's name and each of its tags, the
    /// number of sections open around it and the names of the blocks it is in.
    private static func walk(_ templates: [String: ThemeTemplate], _ visit: (String, MustacheTag, Int, [String]) -> Void) {
        for (name, template) in templates {
            var open: [MustacheTag] = []
            for tag in template.tags {
                let sections = open.count { $0.kind == .section || $0.kind == .invertedSection }
                visit(name, tag, sections, open.filter { $0.kind == .block }.map(\.name))
                switch tag.kind {
                case .section, .invertedSection, .block, .parent: open.append(tag)
                case .close: open.removeLast(open.isEmpty ? 0 : 1)
                default: break
                }
            }
        }
    }

    /// The root fields the template `name` and the partials it includes may
    /// read; nil when it cannot be cached at all. Conservative: a name that is
    /// a root field counts even where a section's value may answer it first.
    private static func reads(of name: String, in templates: [String: ThemeTemplate], rootFields: Set<String>, visiting: inout Set<String>) -> Set<
        String
    >? {
        guard let template = templates[name] else { return nil }
        visiting.insert(name)
        var reads: Set<String> = []
        for tag in template.tags {
            switch tag.kind {
            case .parent, .block:
                return nil
            case .ignored, .close:
                continue
            case .partial:
                guard !tag.name.hasPrefix("*") else { return nil }
                if visiting.contains(tag.name) { continue }
                guard let nested = Self.reads(of: tag.name, in: templates, rootFields: rootFields, visiting: &visiting) else { return nil }
                reads.formUnion(nested)
            case .variable, .unescapedVariable, .section, .invertedSection:
                var variable = Substring(tag.name)
                // `last()`, `lowercased(title)`: the name inside the transforms.
                while let open = variable.firstIndex(of: "("), variable.hasSuffix(")") {
                    variable = variable[variable.index(after: open)..<variable.index(before: variable.endIndex)]
                }
                if variable.isEmpty { continue }
                if variable.hasPrefix(".") { return nil }
                let first = String(variable.prefix { $0 != "." })
                if rootFields.contains(first) { reads.insert(first) }
            }
        }
        return reads
    }
}
