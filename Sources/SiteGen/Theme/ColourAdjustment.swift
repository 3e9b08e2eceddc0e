/// An owner's colour that the palette could not use as given for some use,
/// with a message in plain words that says so, with both ratios and the
/// colour used instead. Reported as a warning at the key in site.yml.
struct ColourAdjustment: Sendable, Hashable {
    /// The key of the `theme:` block: `accent`, `surface`.
    var key: String
    var message: String
}
