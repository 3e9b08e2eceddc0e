/// The words of site.yml in one of the site's other languages: what the
/// owner wrote as `fr:`/`en:` mappings instead of one text. What is missing
/// stays in the default language.
struct SiteWords: Sendable, Hashable {
    var description: String?
    var heroAlt: String?
    /// The note of each special day, by its position in `special_hours:`.
    var specialHourNotes: [Int: String] = [:]
}
