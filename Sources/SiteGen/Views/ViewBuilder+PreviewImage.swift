import Foundation

extension ViewBuilder {
    /// Where the picture of a page's link preview comes from.
    enum PreviewSource: Sendable, Equatable {
        /// The page's own `image:`.
        case page
        /// site.yml's `image:`.
        case siteImage
        /// site.yml's `logo:`.
        case logo
    }

    /// The picture of a page's link preview (`og:image`), given the preview
    /// of its own `image:`: that, else site.yml's `image:`, else the logo,
    /// the first that Facebook, WhatsApp and X show. An SVG drawing, which
    /// they do not show, only when the site has nothing else.
    func previewImage(page: SocialImage?) -> (image: SocialImage, source: PreviewSource)? {
        let candidates: [(image: SocialImage?, source: PreviewSource)] = [
            (page, .page), (socialImage(config.image), .siteImage), (socialImage(config.logo, cropped: false), .logo),
        ]
        let present = candidates.compactMap { candidate in candidate.image.map { (image: $0, source: candidate.source) } }
        return present.first { !$0.image.isDrawing } ?? present.first
    }

    /// What link previews show for an `image:` value: the 1200 x 630 crop
    /// of a raster image, the address of anything else (a logo is
    /// `cropped: false`: it is shown whole, as it is).
    func socialImage(_ value: String?, cropped: Bool = true) -> SocialImage? {
        guard let value else { return nil }
        let file = images.file(named: value)
        if cropped, let file, case .success(let image)? = images.responsive(file) {
            return SocialImage(
                url: config.baseURL.absolute("/" + image.path(of: .social)), width: ImageSettings.socialWidth,
                height: ImageSettings.socialHeight)
        }
        let isDrawing = file.map { images.vectors[$0] != nil } == true || Self.namesDrawing(value)
        return SocialImage(url: config.baseURL.absolute(pathOrAddress: value), isDrawing: isDrawing)
    }

    /// An address whose path ends like an SVG file's: another site's, or
    /// one of `static/` too broken for its size to be read.
    static func namesDrawing(_ value: String) -> Bool {
        let path = (URLComponents(string: value)?.path ?? value).lowercased()
        return path.hasSuffix(".svg") || path.hasSuffix(".svgz")
    }
}
