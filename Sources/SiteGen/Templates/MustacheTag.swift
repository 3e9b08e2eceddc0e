/// One `{{...}}` tag of a Mustache template, with where it starts.
struct MustacheTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`: escaped.
        case variable
        /// `{{{name}}}` or `{{&name}}`: written as it is.
        case unescapedVariable
        /// `{{#name}}`
        case section
        /// `{{^name}}`
        case invertedSection
        /// `{{/name}}`
        case close
        /// `{{>name}}`
        case partial
        /// `{{<name}}`: a template that this one extends.
        case parent
        /// `{{$name}}`: a block of an extended template.
        case block
        /// `{{!...}}`, `{{%...}}` and `{{=...=}}`: nothing to check.
        case ignored
    }

    var kind: Kind
    /// The name inside the tag, trimmed; for transforms such as `lowercased(title)`, as written.
    var name: String
    var line: Int
    var column: Int
}
