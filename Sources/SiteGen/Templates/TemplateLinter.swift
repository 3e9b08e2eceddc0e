import Foundation
import SiteGenCore

/// Checks templates against the view models they render, before any page is
/// built: every variable must be a field of a view in scope, every partial and
/// parent must exist, HTML fields must use `{{{...}}}` and text fields `{{...}}`.
/// swift-mustache renders anything unknown as empty text; this makes it an error
/// with the template's file, line and column instead.
struct TemplateLinter {
    /// The parsed tags of every template the site can use, by name.
    var templates: [String: ThemeTemplate]

    private enum Scope {
        case view(TemplateSchema)
        /// A list item: the view's fields plus `first()`, `last()`, `index()`...
        case listItem(TemplateSchema)
        /// Inside a section over text, a number or HTML: `{{.}}` is the value.
        case value
        case dynamic
    }

    /// What swift-mustache's transforms give, by the kind they apply to.
    private static func apply(_ transform: String, to kind: TemplateSchema.Kind) -> TemplateSchema.Kind? {
        switch (transform, kind) {
        case (_, .dynamic): return .dynamic
        case ("capitalized", .text), ("lowercased", .text), ("uppercased", .text), ("reversed", .text): return .text
        case ("empty", .text), ("empty", .list): return .flag
        case ("first", .list(let view)), ("last", .list(let view)): return .object(view)
        case ("reversed", .list), ("sorted", .list): return kind
        case ("count", .list): return .number
        case ("plusone", .number), ("minusone", .number): return .number
        case ("equalzero", .number), ("even", .number), ("odd", .number): return .flag
        default: return nil
        }
    }

    private static let allTransforms: Set<String> = [
        "capitalized", "lowercased", "uppercased", "reversed", "empty", "first", "last", "sorted", "count",
        "enumerated", "plusone", "minusone", "equalzero", "even", "odd", "index",
    ]

    /// `first()`, `index()`...: the position of the current item of a list.
    /// The theme's page templates, checked even when no page uses them yet,
    /// so that an override is checked before the first page needs it.
    static let themePageTemplates: Set<String> = ["404", "home", "section", "page", "links", "press", "contact"]

    /// Lints every page template (the theme's and `used`) and the redirect template.
    func lintSite(using used: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in Self.themePageTemplates.union(used).sorted() where templates[name] != nil {
            diagnostics += lint(name, root: PageContextView.self)
        }
        return diagnostics + lint("redirect", root: RedirectView.self)
    }

    private static let sequenceTransforms: [String: TemplateSchema.Kind] = [
        "first": .flag, "last": .flag, "even": .flag, "odd": .flag, "index": .number,
    ]

    /// Lints the template `name` rendered with a view of type `root`.
    func lint(_ name: String, root: any TemplateView.Type) -> [Diagnostic] {
        guard let template = templates[name] else { return [] }
        var diagnostics: [Diagnostic] = []
        lint(template, scopes: [.view(root.schema)], includeChain: [name], into: &diagnostics)
        return Array(Set(diagnostics)).sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    private func lint(_ template: ThemeTemplate, scopes initialScopes: [Scope], includeChain: [String], into diagnostics: inout [Diagnostic]) {
        var scopes = initialScopes
        // The open sections, with how many scopes each pushed.
        var open: [(tag: MustacheTag, pushed: Int)] = []

        func report(_ tag: MustacheTag, _ message: String) {
            diagnostics.append(.error(at: SourceLocation(file: template.displayPath, line: tag.line, column: tag.column), message))
        }

        for tag in template.tags {
            switch tag.kind {
            case .ignored:
                continue
            case .variable, .unescapedVariable:
                guard let kind = resolve(tag, in: scopes, report: report) else { continue }
                switch (tag.kind, kind) {
                case (.variable, .html?):
                    report(tag, "\"\(tag.name)\" is HTML made by sitegen; write {{{\(tag.name)}}} so that it is not escaped twice")
                case (.unescapedVariable, .text?):
                    report(tag, "\"\(tag.name)\" is text and must be escaped; write {{\(tag.name)}}, not {{{\(tag.name)}}}")
                case (_, .object?), (_, .list?):
                    report(tag, "\"\(tag.name)\" is a group of values, not one value; open it with {{#\(tag.name)}}...{{/\(tag.name)}}")
                default:
                    break
                }
            case .section, .invertedSection:
                let resolved = resolve(tag, in: scopes, report: report)
                var pushed = 0
                if tag.kind == .section, let kind = resolved {
                    switch kind {
                    case .object(let view)?:
                        scopes.append(.view(view.schema))
                        pushed = 1
                    case .list(let view)?:
                        scopes.append(.listItem(view.schema))
                        pushed = 1
                    case .dynamic?:
                        scopes.append(.dynamic)
                        pushed = 1
                    case .text?, .html?, .number?:
                        scopes.append(.value)
                        pushed = 1
                    case .flag?, nil: break
                    }
                }
                open.append((tag, pushed))
            case .block:
                open.append((tag, 0))
            case .parent:
                if templates[tag.name] == nil { report(tag, "no template named \"\(tag.name)\" (looked in the site's templates/ and the theme)") }
                open.append((tag, 0))
            case .close:
                guard let last = open.popLast() else {
                    report(tag, "{{/\(tag.name)}} closes nothing")
                    continue
                }
                if last.tag.name != tag.name {
                    report(tag, "{{/\(tag.name)}} closes {{\(Self.sigil(last.tag.kind))\(last.tag.name)}} opened at line \(last.tag.line)")
                }
                scopes.removeLast(last.pushed)
                if last.tag.kind == .parent, let parent = templates[last.tag.name], !includeChain.contains(last.tag.name) {
                    lint(parent, scopes: scopes, includeChain: includeChain + [last.tag.name], into: &diagnostics)
                }
            case .partial:
                if tag.name.hasPrefix("*") {
                    report(tag, "dynamic partials ({{>*name}}) are not supported: name the partial")
                } else if let partial = templates[tag.name] {
                    if !includeChain.contains(tag.name) {
                        lint(partial, scopes: scopes, includeChain: includeChain + [tag.name], into: &diagnostics)
                    }
                } else {
                    report(tag, "no partial named \"\(tag.name)\" (looked in the site's templates/ and the theme)")
                }
            }
        }
        for unclosed in open {
            report(unclosed.tag, "{{\(Self.sigil(unclosed.tag.kind))\(unclosed.tag.name)}} is never closed with {{/\(unclosed.tag.name)}}")
        }
    }

    /// The kind of the value a tag names: `.some(nil)` when it cannot be known
    /// (inside the owner's own values), `nil` when it is an error (reported).
    private func resolve(_ tag: MustacheTag, in scopes: [Scope], report: (MustacheTag, String) -> Void) -> TemplateSchema.Kind?? {
        var name = tag.name
        // `lowercased(title)`, `first()`: transforms around a name, outermost first.
        var transforms: [String] = []
        while let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            transforms.append(String(name[..<open]).trimmingCharacters(in: .whitespaces))
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        }
        if let unknown = transforms.first(where: { !Self.allTransforms.contains($0) }) {
            report(tag, "unknown transform \"\(unknown)()\"\(EditDistance.suggestion(for: unknown, among: Self.allTransforms))")
            return nil
        }
        if name == "." { return .some(nil) }
        if name.isEmpty {
            let insideList = scopes.contains { if case .listItem = $0 { true } else { false } }
            guard insideList else {
                report(tag, "\"\(tag.name)\" can only be used inside a list, such as {{#pages}}...{{/pages}}")
                return nil
            }
            guard transforms.count == 1, let kind = Self.sequenceTransforms[transforms[0]] else {
                let known = Self.sequenceTransforms.keys.sorted().map { "\($0)()" }.joined(separator: ", ")
                report(tag, "\"\(tag.name)\" needs a name; without one, only \(known) can be used in a list")
                return nil
            }
            return .some(kind)
        }
        let components = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !components.contains(where: \.isEmpty) || name.hasPrefix(".") else {
            report(tag, "\"\(tag.name)\" is not a valid name")
            return nil
        }
        let names = name.hasPrefix(".") ? Array(components.dropFirst()) : components
        let searched = name.hasPrefix(".") ? Array(scopes.suffix(1)) : scopes

        var kind: TemplateSchema.Kind?
        for scope in searched.reversed() {
            switch scope {
            case .view(let schema), .listItem(let schema):
                if let found = schema.fields[names[0]] { kind = found }
            case .dynamic:
                return .some(nil)
            case .value:
                continue
            }
            if kind != nil { break }
        }
        guard var current = kind else {
            report(tag, "unknown variable \"\(names[0])\"\(suggestion(for: names[0], in: searched))")
            return nil
        }
        for (offset, component) in names.enumerated().dropFirst() {
            switch current {
            case .object(let view):
                guard let next = view.schema.fields[component] else {
                    let path = names[..<offset].joined(separator: ".")
                    report(tag, "\"\(path)\" has no field \"\(component)\"\(EditDistance.suggestion(for: component, among: view.schema.fields.keys))")
                    return nil
                }
                current = next
            case .dynamic:
                return .some(.dynamic)
            default:
                let path = names[..<offset].joined(separator: ".")
                report(tag, "\"\(path)\" is a single value and has no field \"\(component)\"")
                return nil
            }
        }
        for transform in transforms.reversed() {
            guard let transformed = Self.apply(transform, to: current) else {
                report(tag, "\(transform)() cannot be applied to \"\(name)\"")
                return nil
            }
            current = transformed
        }
        return .some(current)
    }

    private func suggestion(for name: String, in scopes: [Scope]) -> String {
        var candidates: [String] = []
        for scope in scopes {
            if case .view(let schema) = scope { candidates += schema.fields.keys }
            if case .listItem(let schema) = scope { candidates += schema.fields.keys }
        }
        return EditDistance.suggestion(for: name, among: candidates)
    }

    private static func sigil(_ kind: MustacheTag.Kind) -> String {
        switch kind {
        case .section: "#"
        case .invertedSection: "^"
        case .parent: "<"
        case .block: "$"
        default: ""
        }
    }
}
