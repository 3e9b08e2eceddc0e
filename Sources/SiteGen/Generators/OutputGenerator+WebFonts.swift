extension OutputGenerator {
    /// The web fonts site.yml chose, made by the font step (`WebFontStage`).
    /// Their `@font-face` rules go at the end of the theme's `style.css`.
    static let webFonts = OutputGenerator(
        name: "web fonts", step: "Copy theme and static files",
        claims: { site in
            let chosen = FontSelection.choose(
                site.config.theme, language: site.config.language, otherLanguages: site.config.otherLanguages, siteFile: "site.yml"
            ).selection
            return chosen.faces.map { ClaimedPath(path: $0.outputPath, owner: "the web font of site.yml's theme.\($0.key) (\($0.font.name))") }
        },
        isAffected: { _, _ in false },
        write: { input in
            for (path, data) in input.inputs.fonts.files.sorted(by: { $0.key < $1.key }) {
                try input.output.write(data, to: path)
            }
        })
}
