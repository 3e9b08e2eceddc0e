/// A profile of the business on another platform, as a button or a link.
struct ProfileView: TemplateView {
    var name: String
    var url: String
    var handle: String?
    /// The platform's id (`instagram`), or `web` for an address the registry does not know.
    var platform: String
    /// SVG path data in a 24x24 box; `nil` for unknown platforms.
    var icon: String?
    var colour: String
    var textColour: String

    static let fields = TemplateFields<ProfileView>([
        .text("name") { $0.name },
        .text("url") { $0.url },
        .text("handle") { $0.handle },
        .html("handle_with_breaks") { $0.handle.map(LineBreakOpportunities.html) },
        .text("platform") { $0.platform },
        .text("icon") { $0.icon },
        .text("colour") { $0.colour },
        .text("text_colour") { $0.textColour },
    ])
}
