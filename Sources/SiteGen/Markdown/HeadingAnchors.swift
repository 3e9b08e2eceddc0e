/// Gives each heading of a page a stable, unique id made from its text:
/// "Nos pains" -> `nos-pains`, a second one -> `nos-pains-1`.
struct HeadingAnchors {
    private var used: Set<String> = []

    mutating func claim(_ text: String) -> String {
        let base = Slugifier.slug(text).isEmpty ? "section" : Slugifier.slug(text)
        var candidate = base
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
