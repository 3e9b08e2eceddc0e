import Foundation

/// The font files a stylesheet's `@font-face` rules load, as paths of the
/// output folder: the first `url()` of each rule's `src` (a browser that
/// reads WOFF2 stops there), resolved against the stylesheet's address.
/// Fonts of other sites and `data:` fonts are not files of the site.
enum StylesheetFonts {
    static func files(in css: String, stylesheet: String, basePath: String) -> [String] {
        guard let base = URL(string: "https://site.invalid" + basePath + stylesheet) else { return [] }
        var files: [String] = []
        var rest = css[...]
        while let rule = rest.range(of: "@font-face", options: .caseInsensitive) {
            rest = rest[rule.upperBound...]
            let body = rest.prefix { $0 != "}" }
            rest = rest[body.endIndex...]
            guard let src = body.range(of: "src:", options: .caseInsensitive),
                let open = body[src.upperBound...].range(of: "url("),
                let close = body[open.upperBound...].firstIndex(of: ")")
            else { continue }
            let address = body[open.upperBound..<close].trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard let url = URL(string: address, relativeTo: base), url.host == "site.invalid" else { continue }
            let path = url.path
            guard path.hasPrefix(basePath) else { continue }
            let file = String(path.dropFirst(basePath.count))
            if !files.contains(file) { files.append(file) }
        }
        return files
    }
}
