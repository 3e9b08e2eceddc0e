import Foundation
import SiteGenCore

extension ViewBuilder {
    /// The top of the home page: the hero picture of `theme.hero`, and one
    /// button for each thing the site knows how to offer: call (a
    /// telephone), find the way (an address or a position), write on
    /// WhatsApp (a live WhatsApp profile in links.yml), book (`booking_url`)
    /// and see the opening hours further down the page (`hours`).
    /// `mapQuery` is the name and address to look up, nil without an address.
    static func shopFront(
        config: SiteConfig, presence: SitePresence, images: ImageCatalog, texts: ThemeTexts, mapQuery: String?
    ) -> ShopFrontView {
        func label(_ key: String, _ fallback: String) -> String { texts.strings[key] ?? fallback }
        var actions: [ActionButtonView] = []
        if let telephone = config.telephone {
            actions.append(
                ActionButtonView(
                    label: label("action_call", "Call"), url: "tel:" + telephone.e164, icon: ActionIcons.call, kind: "call", isPrimary: true))
        }
        if let directions = directionsURL(query: mapQuery, geo: config.geo) {
            actions.append(
                ActionButtonView(label: label("action_directions", "Directions"), url: directions, icon: ActionIcons.directions, kind: "directions"))
        }
        if let whatsApp = presence.profiles.first(where: { $0.platform?.id == "whatsapp" }) {
            actions.append(
                ActionButtonView(
                    label: whatsApp.platform?.name ?? "WhatsApp", url: whatsApp.profile.url, icon: whatsApp.platform?.icon ?? "",
                    kind: "whatsapp"))
        }
        if let booking = config.bookingURL {
            // Without a telephone, booking is what the owner most wants visitors to do.
            actions.append(
                ActionButtonView(
                    label: label("action_book", "Book"), url: booking, icon: ActionIcons.book, kind: "book",
                    isPrimary: actions.first?.isPrimary != true))
        }
        if let hours = config.hours, !hours.days.isEmpty {
            actions.append(ActionButtonView(label: label("action_hours", "Opening hours"), url: "#hours", icon: ActionIcons.hours, kind: "hours"))
        }

        var view = ShopFrontView(picture: nil, image: nil, imageAlt: config.theme.heroAlt ?? "", actions: actions)
        guard let hero = config.theme.hero else { return view }
        view.image = config.baseURL.rooted(pathOrAddress: hero)
        let file = images.file(named: hero)
        if let file, case .success(let image)? = images.responsive(file) {
            view.picture = PictureView(image, baseURL: config.baseURL, sizes: ImageSettings.heroSizes)
        } else if let size = file.flatMap(images.plainSize) {
            view.imageWidth = size.width
            view.imageHeight = size.height
        }
        return view
    }

    /// Google Maps rather than OpenStreetMap for the button that shows the
    /// way: its documented "Maps URLs" open the maps app most phones have,
    /// with the route from where the visitor stands, whereas
    /// openstreetmap.org's directions ask for a starting point and stay in
    /// the browser. It is a link, so nothing is loaded from Google before a
    /// click, and the contact block keeps both maps. The name and address
    /// find the business's own place; a position alone is its coordinates.
    static func directionsURL(query: String?, geo: GeoCoordinates?) -> String? {
        let destination: String
        if let query {
            destination = query
        } else if let geo {
            destination = String(format: "%.5f,%.5f", geo.latitude, geo.longitude)
        } else {
            return nil
        }
        return "https://www.google.com/maps/dir/?api=1&destination=" + queryEncoded(destination)
    }
}
