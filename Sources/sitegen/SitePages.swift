import Foundation
import SiteGen
import SiteGenCore

/// The absolute address of every page of the site, as its sitemap lists
/// them: the site is built into a temporary folder (its `public/` is not
/// touched) and `sitemap.xml` read back, so the list is exactly what is published.
enum SitePages {
    static func addresses(site: URL) -> Result<[String], DiagnosticsError> {
        let scratch = ScratchFolder(purpose: "archive")
        defer { scratch.remove() }
        let output = scratch.url.appendingPathComponent("public")
        do {
            _ = try SiteBuilder(options: BuildOptions(siteDirectory: site, outputDirectory: output)).build()
            let sitemap = try String(contentsOf: output.appendingPathComponent("sitemap.xml"), encoding: .utf8)
            return .success(locations(in: sitemap))
        } catch let error as DiagnosticsError {
            return .failure(error)
        } catch {
            return .failure(DiagnosticsError(.error(at: SourceLocation(file: site.path), "could not build the site: \(error)")))
        }
    }

    /// The `<loc>` values of a sitemap, unescaped.
    static func locations(in sitemap: String) -> [String] {
        sitemap.matches(of: /<loc>([^<]*)<\/loc>/).map { match in
            String(match.output.1)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}
