/// A postal address as templates see it (`site.address.locality`, ...).
struct AddressView: TemplateView {
    var street: String?
    var locality: String?
    var postalCode: String?
    var region: String?
    var country: String?

    static let fields = TemplateFields<AddressView>([
        .text("street") { $0.street },
        .text("locality") { $0.locality },
        .text("postal_code") { $0.postalCode },
        .text("region") { $0.region },
        .text("country") { $0.country },
    ])
}
