/// What a template may read from a view model: the names of its fields and
/// what each holds. The template linter checks every tag against it, so that a
/// misspelt variable is an error instead of silently empty output.
struct TemplateSchema: Sendable {
    enum Kind: Sendable {
        /// Plain text; escaped with `{{name}}`.
        case text
        /// HTML made by sitegen; written with `{{{name}}}`.
        case html
        /// True or false; `{{#name}}...{{/name}}` shows its content when true.
        case flag
        case number
        case object(any TemplateView.Type)
        case list(any TemplateView.Type)
        /// The owner's own values (front matter, `extra:`): any name may be read.
        case dynamic
    }

    var fields: [String: Kind]
}
