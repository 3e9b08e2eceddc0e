/// A profile whose account is gone (suspended, banned, closed), as a line of
/// text on the links page: its name, and its archived copy when there is one.
/// It has no address of its own on purpose: the account is not the business's any more.
struct GoneProfileView: TemplateView {
    var name: String
    var handle: String?
    /// The address of an archived copy of the profile page.
    var archive: String?

    static let fields = TemplateFields<GoneProfileView>([
        .text("name") { $0.name },
        .text("handle") { $0.handle },
        .text("archive") { $0.archive },
    ])
}
