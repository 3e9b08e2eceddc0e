import Foundation

/// A file carried inside the binary (see the EmbedResources plugin).
struct EmbeddedFile: Sendable {
    /// Path relative to the embedded folder, with `/` separators.
    var path: String
    var base64: String

    var data: Data { Data(base64Encoded: base64) ?? Data() }
}

/// The default theme (`Templates/`) and the example site (`site-example/`);
/// the plugin generates the `theme` and `exampleSite` lists.
enum EmbeddedResources {}
