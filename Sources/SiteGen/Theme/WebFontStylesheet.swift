/// The CSS that puts a site's web fonts to use, appended to the published
/// `style.css`: an `@font-face` for each file, then the theme's two font
/// properties (`--heading-font`, `--body-font`, which `style.css` reads)
/// set to the chosen fonts. Nothing when site.yml chose none.
///
/// `font-display: swap` shows the text at once in the fallback font rather
/// than hiding it while the font arrives; `unicode-range` says which
/// characters the subset has, so that the others are shown in the fallback
/// instead of as empty boxes. The files' addresses are relative to the
/// stylesheet, which is at the site's root, so that they hold under a path.
struct WebFontStylesheet {
    var selection: FontSelection

    var css: String {
        guard !selection.isEmpty else { return "" }
        var css = "\n/* Fonts chosen in site.yml (theme: heading_font, body_font), made by sitegen from Debian's font packages. */\n"
        for face in selection.faces {
            css += """
                @font-face {
                  font-family: "\(face.font.name)";
                  font-style: normal;
                  font-weight: \(face.weight);
                  font-display: swap;
                  src: url("\(face.outputPath)") format("woff2");
                  unicode-range: \(selection.characters.unicodeRange);
                }

                """
        }
        css += ":root {\n"
        if let heading = selection.heading { css += "  --heading-font: \(heading.stack);\n" }
        if let body = selection.body { css += "  --body-font: \(body.stack);\n" }
        return css + "}\n"
    }
}
