/// How sitegen makes the variants of a photo. The values are chosen for
/// phone photos shown in the theme's 42rem column (756 CSS pixels at most):
/// - widths: 480 for phones at 1x, 960 for phones at 2x and the column at
///   1x, 1440 and 1920 for the column on high-density screens; never wider
///   than the original.
/// - AVIF quality 50 and WebP 75 look like JPEG 80 at about half and two
///   thirds of its size; JPEG 80 is progressive with optimised Huffman tables.
/// - AVIF is encoded at libvips effort 0 of 9 (libaom's fastest preset): on
///   phone photos its files were 5-8 % smaller than effort 1's for the same
///   mean error, made in 40 % of the time (effort 4 took seven times as long
///   for files 2 % smaller).
/// - The social preview is 1200 x 630, the size Facebook, LinkedIn and
///   Mastodon show; JPEG 82, as some platforms read nothing else.
/// - An original published at its own address (a page links to it as a
///   file) is re-encoded at full size, upright and without metadata, at
///   JPEG 90 (PNG stays lossless).
enum ImageSettings {
    static let widths = [480, 960, 1440, 1920]
    static let jpegQuality = 80
    static let webpQuality = 75
    static let avifQuality = 50
    static let avifEffort = 0
    static let originalQuality = 90
    static let socialWidth = 1200
    static let socialHeight = 630
    static let socialQuality = 82
    /// What the theme's column is as wide as, for `sizes`: the column is
    /// 42rem (of 18 px) with 1rem of margin on each side on narrow screens.
    static let sizes = "(min-width: 45rem) 42rem, calc(100vw - 2rem)"
    /// A post's photo in the grid of a section's list page: columns of at
    /// least 9rem (`.photo-grid` in style.css), so three in the column and
    /// two on a phone; 480 and 960 pixels wide cover both at 1x and 2x.
    static let thumbnailSizes = "(min-width: 45rem) 14rem, calc(50vw - 1.5rem)"
    static let thumbnailMaximumWidth = 960
    /// A page's picture on a card of a list (`.cards` in style.css: columns
    /// of at least 16rem in the 72rem shop-front column): the whole column
    /// on a phone, at most about 24rem from two columns on. The variants
    /// of the grid above, 960 pixels at most, cover both at 1x and 2x.
    static let cardSizes = "(min-width: 36rem) 24rem, calc(100vw - 2rem)"
    /// The home page's hero picture (`theme.hero`): as wide as the 72rem
    /// shop-front column (70rem inside its margins), else as the screen,
    /// so it takes every variant up to 1920 pixels.
    static let heroSizes = "(min-width: 72rem) 70rem, calc(100vw - 2rem)"
    /// Larger images are refused before any pixel is decoded: the largest
    /// phone photos are 200 megapixels, and a PNG of 30,000 x 30,000 pixels
    /// can weigh a few kilobytes (a decompression bomb).
    static let maximumPixels = 200_000_000
    /// Part of every cache entry's name: a change of the settings above, or of
    /// how they are applied, must not reuse files made with the old ones.
    static let version = "v2"
}
