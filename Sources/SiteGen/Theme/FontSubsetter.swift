import Foundation

/// The seam to the tool that makes a web font: `live` runs fontTools'
/// subsetter (`FontToolsSubset`); tests count the calls of a fake one.
struct FontSubsetter: Sendable {
    /// What names the tool and its settings in the cache's keys, read
    /// without running it; nil when the tool is not installed.
    var version: @Sendable () -> String?
    /// The font file `font`, subset to `characters`, as WOFF2.
    var subset: @Sendable (_ font: URL, _ characters: FontCharacters) throws(FontSubsetError) -> Data

    static let live = FontSubsetter(
        version: { FontToolsSubset.version() },
        subset: { font, characters throws(FontSubsetError) in try FontToolsSubset.run(font, characters) })
}
