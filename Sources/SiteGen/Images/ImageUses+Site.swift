import Foundation
import SiteGenCore

extension ImageUses {
    /// How the pages, site.yml, templates and stylesheets use each image;
    /// with `pages`, how those pages alone do (with the rest of the site).
    static func found(
        _ inputs: SiteInputs, _ plan: SitePlan, _ rendered: PageRenderer.Result, _ environment: BuildEnvironment,
        pages: Set<PageID>? = nil
    ) -> ImageUses {
        let catalog = inputs.images
        var uses = ImageUses()
        for (id, inventory) in rendered.inventories where pages?.contains(id) ?? true {
            var positions = MarkdownPositions(plan[id])
            for image in inventory.images {
                guard let file = image.file, catalog.isProcessed(file) else { continue }
                uses.pictures[file, default: []].append(positions.location(image.position))
            }
        }
        func file(_ value: String?) -> String? { catalog.file(named: value).flatMap { catalog.isProcessed($0) ? $0 : nil } }
        for id in pages.map({ $0.sorted() }) ?? plan.pageIDs {
            let page = plan[id]
            guard let image = file(page.frontMatter.image) else { continue }
            let location = page.frontMatter.keyLocations["image"] ?? page.location
            uses.pictures[image, default: []].append(location)
            uses.social[image, default: []].append(location)
        }
        let siteFile = environment.display("site.yml")
        for key in ["logo", "image"] {
            guard let image = file(key == "logo" ? inputs.config.logo : inputs.config.image) else { continue }
            // The header shows the logo, JSON-LD and the contact card name both by their address.
            uses.asFile[image, default: []].append(inputs.config.locations[key] ?? SourceLocation(file: siteFile))
        }
        // The home page's hero, shown through `<picture>` like a page's `image:`.
        if let hero = file(inputs.config.theme.hero) {
            uses.pictures[hero, default: []].append(inputs.config.theme.locations["hero"] ?? SourceLocation(file: siteFile))
        }
        // The preview of pages without their own image; a logo alone is shown whole (see ViewBuilder).
        if let image = file(inputs.config.image) {
            uses.social[image, default: []].append(inputs.config.locations["image"] ?? SourceLocation(file: siteFile))
        }
        for (id, images) in rendered.imageReferences where pages?.contains(id) ?? true {
            for image in images { uses.namedByPages[image, default: []].append(plan[id].location) }
        }
        let references = ImageReferences(candidates: catalog.processedPaths, baseURL: inputs.config.baseURL)
        for asset in inputs.theme.assets where asset.path.hasSuffix(".css") {
            for image in references.scan(String(decoding: asset.data, as: UTF8.self), sitePath: "/" + asset.path) {
                uses.asFile[image, default: []].append(SourceLocation(file: asset.displayPath))
            }
        }
        for path in inputs.staticFiles where [".css", ".html", ".htm"].contains(where: path.lowercased().hasSuffix) {
            let url = environment.siteFile("static/" + path)
            guard let data = try? environment.fileSystem.read(url), data.count <= 4_000_000 else { continue }
            for image in references.scan(String(decoding: data, as: UTF8.self), sitePath: "/" + path) {
                uses.asFile[image, default: []].append(SourceLocation(file: environment.display("static/" + path)))
            }
        }
        return uses
    }
}
