/// How to reach the business, shown in the same place on every page.
struct ContactView: TemplateView {
    var name: String
    var street: String?
    var postalCode: String?
    var locality: String?
    var region: String?
    var country: String?
    var telephone: String?
    /// `tel:+33299123456`
    var telephoneLink: String?
    var email: String?
    var openStreetMapURL: String?
    var googleMapsURL: String?
    /// The week in a few lines: "Tuesday – Friday: 07:00–13:30".
    var hoursSummary: [TextLineView]
    var vcardURL: String
    var qrURL: String

    static let fields = TemplateFields<ContactView>([
        .text("name") { $0.name },
        .text("street") { $0.street },
        .text("postal_code") { $0.postalCode },
        .text("locality") { $0.locality },
        .text("region") { $0.region },
        .text("country") { $0.country },
        .text("telephone") { $0.telephone },
        .text("telephone_link") { $0.telephoneLink },
        .text("email") { $0.email },
        .html("email_with_breaks") { $0.email.map(LineBreakOpportunities.html) },
        .text("openstreetmap_url") { $0.openStreetMapURL },
        .text("google_maps_url") { $0.googleMapsURL },
        .flag("has_address") { $0.street != nil || $0.locality != nil },
        .flag("has_map") { $0.openStreetMapURL != nil },
        .list("hours_summary") { $0.hoursSummary },
        .text("vcard_url") { $0.vcardURL },
        .text("qr_url") { $0.qrURL },
    ])
}
