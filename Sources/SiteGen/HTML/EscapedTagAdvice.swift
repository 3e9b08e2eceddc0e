/// What to tell the owner about a tag that the tag filter shows as text: most
/// were pasted from a platform's "Embed" button, and the way to get what
/// they wanted differs by tag.
enum EscapedTagAdvice {
    /// `tagText` is the tag as written, from its `<`, to tell a Google map from a video.
    static func message(for tag: RawHTMLSanitizer.EscapedTag, tagText: String) -> String {
        if tag.name == "![" {
            return "the <![ block is shown as text, for safety (it can hide tags inside a drawing): remove it"
        }
        let written = "<\(tag.isEnd ? "/" : "")\(tag.name)>"
        let shown = "the \(written) tag is shown as text"
        if tag.isEnd { return "\(shown), for safety: remove it" }
        switch tag.name {
        case "iframe" where isGoogleMap(tagText):
            return
                "\(shown), not run, for safety: link to the map on Google Maps instead, or put the address of the place on OpenStreetMap alone on a line"
        case "iframe":
            return
                "\(shown), not run, for safety: to show a YouTube, Vimeo or PeerTube video or an OpenStreetMap map, put its address alone on a line"
        case "script":
            return "\(shown), not run, for safety: a page's text cannot run programs; remove it"
        case "style":
            return "\(shown), not applied, for safety: remove it; the look of the site is in templates/style.css"
        default:
            return "\(shown), for safety: remove it"
        }
    }

    /// `https://www.google.com/maps/embed?...`, `https://maps.google.fr/...`, `https://maps.app.goo.gl/...`
    static func isGoogleMap(_ tagText: String) -> Bool {
        let text = tagText.lowercased()
        return (text.contains("google.") && text.contains("/maps")) || text.contains("maps.google.") || text.contains("goo.gl/maps")
            || text.contains("maps.app.goo.gl")
    }
}
