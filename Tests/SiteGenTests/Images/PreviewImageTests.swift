import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Link previews (`og:image`) that Facebook, WhatsApp and X show: a raster
/// image is preferred to an SVG drawing, and a drawing that is all the site
/// has is one warning at the line that names it.
@Suite("Images: link preview pictures")
struct PreviewImageTests {
    static let logoYAML = "name: Photo Shop\nurl: https://shop.example/\nlanguage: en\nlogo: /images/logo.svg\n"
    static let drawing = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40"/></svg>"#

    static func previewWarnings(_ report: BuildReport) -> [String] {
        report.warnings.map(\.description).filter { $0.contains("Facebook, WhatsApp and X") }
    }

    @Test func anSVGLogoAloneIsOneWarningAtItsLine() throws {
        let site = try PhotoSite(
            pages: [
                "index.md": "---\ntitle: Home\n---\nHello.\n", "about.md": "---\ntitle: About\n---\nUs.\n",
                "oven.md": "---\ntitle: Oven\nimage: /images/oven.jpg\nimage_alt: The oven\n---\nText.\n",
            ], siteYAML: Self.logoYAML)
        defer { site.cleanUp() }
        try site.write(Self.drawing, to: "static/images/logo.svg")
        try TestImages.photo(site.image("oven.jpg"), width: 1600, height: 1200)
        let report = try site.build()
        let warnings = Self.previewWarnings(report)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.hasPrefix("site.yml:4:7: warning: ") == true, "\(warnings)")
        #expect(warnings.first?.hasSuffix("add a PNG or JPEG as image: in site.yml (1200 × 630 pixels shows best)") == true)
        // Without a picture to show, the logo stays the preview; the page with a photo shows its own.
        #expect(try site.html().contains(#"<meta property="og:image" content="https://shop.example/images/logo.svg">"#))
        let oven = try site.html("oven/index.html")
        #expect(oven.contains(#"<meta property="og:image" content="https://shop.example/images/oven-og."#))
        #expect(!oven.contains(#"og:image" content="https://shop.example/images/logo.svg"#))
    }

    @Test func aSiteImageIsPreferredToAnSVGPageImage() throws {
        let site = try PhotoSite(
            pages: [
                "index.md": "---\ntitle: Home\n---\nHello.\n",
                "plan.md": "---\ntitle: Plan\nimage: /images/plan.svg\nimage_alt: A plan\n---\nText.\n",
            ], siteYAML: Self.logoYAML + "image: /images/front.jpg\n")
        defer { site.cleanUp() }
        try site.write(Self.drawing, to: "static/images/logo.svg")
        try site.write(Self.drawing, to: "static/images/plan.svg")
        try TestImages.photo(site.image("front.jpg"), width: 1600, height: 1200)
        let report = try site.build()
        #expect(Self.previewWarnings(report).isEmpty, "\(Self.previewWarnings(report))")
        let plan = try site.html("plan/index.html")
        #expect(plan.contains(#"<meta property="og:image" content="https://shop.example/images/front-og."#))
        #expect(plan.contains(#"<meta property="og:image:alt" content="Photo Shop">"#))
        #expect(!plan.contains(#"og:image" content="https://shop.example/images/plan.svg"#))
    }

    @Test func anSVGPageImageWithNothingElseIsOneWarningAtItsKey() throws {
        let site = try PhotoSite(pages: [
            "index.md": "---\ntitle: Home\n---\nHello.\n",
            "plan.md": "---\ntitle: Plan\nimage: /images/plan.svg\nimage_alt: A plan\n---\nText.\n",
            "map.md": "---\ntitle: Map\nimage: /images/plan.svg\nimage_alt: A map\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        try site.write(Self.drawing, to: "static/images/plan.svg")
        let report = try site.build()
        let warnings = Self.previewWarnings(report).sorted()
        #expect(warnings.count == 2, "\(warnings)")
        #expect(
            warnings.first?.hasPrefix(
                "content/map.md:3:8: warning: image: \"/images/plan.svg\" is an SVG drawing, which Facebook, WhatsApp and X do not show when this page is shared"
            ) == true, "\(warnings)")
        #expect(warnings.last?.hasPrefix("content/plan.md:3:8: warning: ") == true, "\(warnings)")
        #expect(try site.html("plan/index.html").contains(#"<meta property="og:image" content="https://shop.example/images/plan.svg">"#))
    }
}
