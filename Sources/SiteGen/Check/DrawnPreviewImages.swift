import SiteGenCore

/// Link previews (`og:image`) that are SVG drawings, which Facebook,
/// WhatsApp and X do not show: a shared page then shows no picture. One
/// warning at the place that names the drawing (a page's `image:`,
/// site.yml's `image:` or `logo:`), however many pages it is the preview of.
enum DrawnPreviewImages {
    static let size = "(1200 × 630 pixels shows best)"

    static func warnings(_ plan: SitePlan, _ views: ViewBuilder, siteFile: String) -> [Diagnostic] {
        let config = views.config
        var warned: Set<SourceLocation> = []
        var found: [Diagnostic] = []
        for page in plan.pages {
            guard let preview = views.previewImage(page: views.socialImage(page.frontMatter.image)), preview.image.isDrawing else {
                continue
            }
            let location: SourceLocation
            let message: String
            switch preview.source {
            case .page:
                location = page.frontMatter.keyLocations["image"] ?? page.location
                message =
                    "image: \(TextField.quoted(page.frontMatter.image ?? "")) is an SVG drawing, which Facebook, WhatsApp and X do not show "
                    + "when this page is shared; give the page a PNG or JPEG instead \(size)"
            case .siteImage:
                location = config.locations["image"] ?? SourceLocation(file: siteFile)
                message =
                    "image: \(TextField.quoted(config.image ?? "")) is an SVG drawing, which Facebook, WhatsApp and X do not show "
                    + "when a page is shared; use a PNG or JPEG instead \(size)"
            case .logo:
                location = config.locations["logo"] ?? SourceLocation(file: siteFile)
                message =
                    "the picture shown when a page without its own image is shared is the logo, \(TextField.quoted(config.logo ?? "")), "
                    + "an SVG drawing, which Facebook, WhatsApp and X do not show; add a PNG or JPEG as image: in site.yml \(size)"
            }
            guard warned.insert(location).inserted else { continue }
            found.append(.warning(at: location, message))
        }
        return found
    }
}
