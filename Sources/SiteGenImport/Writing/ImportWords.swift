/// The few words an import writes into the owner's files itself, in the
/// site's language: the title of a section it creates, the label of a
/// content warning, the title of a post without words ("Post of 4 May
/// 2024"). English for a language not listed.
struct ImportWords {
    /// "Posts"
    var sectionTitle: String
    /// "Content warning:"
    var contentWarning: String
    /// "Post of", before a long date.
    var postOf: String

    init(language: String) {
        switch language.prefix(2) {
        case "fr": self.init("Publications", "Avertissement :", "Publication du")
        case "de": self.init("Beiträge", "Inhaltswarnung:", "Beitrag vom")
        case "nl": self.init("Berichten", "Inhoudswaarschuwing:", "Bericht van")
        case "es": self.init("Publicaciones", "Aviso de contenido:", "Publicación del")
        case "it": self.init("Post", "Avviso sui contenuti:", "Post del")
        default: self.init("Posts", "Content warning:", "Post of")
        }
    }

    private init(_ sectionTitle: String, _ contentWarning: String, _ postOf: String) {
        self.sectionTitle = sectionTitle
        self.contentWarning = contentWarning
        self.postOf = postOf
    }
}
