import Mustache

/// A plain value made for templates. Each view lists its fields once, with a
/// name, a kind and how to read it; that one list serves both the renderer
/// (`child(named:)`) and the linter (`schema`).
protocol TemplateView: MustacheParent, Sendable {
    static var fields: TemplateFields<Self> { get }
}

extension TemplateView {
    func child(named name: String) -> Any? {
        Self.fields.read(name, from: self)
    }

    static var schema: TemplateSchema { fields.schema }
}

/// The field table of one view type.
struct TemplateFields<View>: Sendable {
    struct Field: Sendable {
        var name: String
        var kind: TemplateSchema.Kind
        var read: @Sendable (View) -> Any?
    }

    private let index: [String: Field]

    init(_ fields: [Field]) {
        index = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func read(_ name: String, from view: View) -> Any? {
        index[name]?.read(view)
    }

    var schema: TemplateSchema {
        TemplateSchema(fields: index.mapValues(\.kind))
    }
}

extension TemplateFields.Field {
    static func text(_ name: String, _ read: @escaping @Sendable (View) -> String?) -> Self {
        Self(name: name, kind: .text, read: { read($0) })
    }

    static func html(_ name: String, _ read: @escaping @Sendable (View) -> String?) -> Self {
        Self(name: name, kind: .html, read: { read($0) })
    }

    static func flag(_ name: String, _ read: @escaping @Sendable (View) -> Bool) -> Self {
        Self(name: name, kind: .flag, read: { read($0) })
    }

    static func number(_ name: String, _ read: @escaping @Sendable (View) -> Int?) -> Self {
        Self(name: name, kind: .number, read: { read($0) })
    }

    static func object<Child: TemplateView>(_ name: String, _ read: @escaping @Sendable (View) -> Child?) -> Self {
        Self(name: name, kind: .object(Child.self), read: { read($0) })
    }

    static func list<Child: TemplateView>(_ name: String, _ read: @escaping @Sendable (View) -> [Child]) -> Self {
        Self(name: name, kind: .list(Child.self), read: { read($0) })
    }

    static func dynamic(_ name: String, _ read: @escaping @Sendable (View) -> [String: SendableValue]) -> Self {
        Self(name: name, kind: .dynamic, read: { TemplateDictionary(read($0)) })
    }
}
