import Foundation

@testable import SiteGen
@testable import SiteGenCore

/// A small site on disk for the photo tests: site.yml, pages given as
/// text, and images made at test time in `static/images/`.
struct PhotoSite {
    let root = TestSupport.temporaryDirectory()
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("public") }
    var cache: URL { site.appendingPathComponent(".sitegen/cache/images") }

    init(pages: [String: String], siteYAML: String = "name: Photo Shop\nurl: https://shop.example/\nlanguage: en\n") throws {
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static/images"), withIntermediateDirectories: true)
        try Data(siteYAML.utf8).write(to: site.appendingPathComponent("site.yml"))
        for (path, text) in pages { try write(text, to: "content/" + path) }
    }

    func write(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// `static/images/NAME`
    func image(_ name: String) -> URL { site.appendingPathComponent("static/images/\(name)") }

    @discardableResult
    func build() throws -> BuildReport { try TestSupport.build(site, into: output) }

    func html(_ path: String = "index.html") throws -> String { try TestSupport.text(output, path) }

    /// The files of `public/images/`, by name.
    func publishedImages() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("images").path).sorted()
    }

    /// The header of a published image, read with libvips.
    func header(_ name: String) throws -> ImageHeader {
        try VipsImaging.header(of: Data(contentsOf: output.appendingPathComponent("images/\(name)"))).get()
    }

    /// The errors of a build that must fail, one line each.
    func failingBuild() -> [String] {
        do {
            try build()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    func cleanUp() { TestSupport.cleanUp(root) }
}
