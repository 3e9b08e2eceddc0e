import Foundation

/// The folder a preview serves, which its small rebuilds add to: it holds
/// every file of the images the last build published, and is never pruned.
///
/// So a small rebuild looks only at what the rebuilt pages (and site.yml,
/// the stylesheets) use: an image used in more ways than before needs more
/// files, and only those uses can be new. What other pages use was
/// published by an earlier build and is still there.
struct ServedFolder: Sendable {
    var url: URL
    /// The pages rendered again.
    var rebuiltPages: Set<PageID>
}
