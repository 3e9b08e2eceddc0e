/// The HTML that a video or map address alone on a line becomes.
///
/// By default a card: a link to the video or the map, with a play button (or
/// a pin) drawn in the page, so that the platform learns of a visitor only
/// when they click, and the page loads nothing from it (no thumbnail, no
/// player). With `embeds: iframe`, the platform's player, loaded when
/// scrolled to, with the link below it for whoever cannot use it.
struct EmbedMarkup: Sendable {
    /// The words of the card, in the site's language (from `ThemeTexts`).
    struct Words: Sendable {
        var play = "Play:"
        var on = "on"
        var video = "Video"
        var map = "Map"
    }

    var mode = EmbedMode.card
    var words = Words()

    /// `address` is the link as published; `title` the link's own text
    /// when it is not the address (`[Our oven](https://youtu.be/...)`).
    func html(_ embed: Embed, address: String, title: String?) -> String {
        let platform = embed.platformName
        let kind: String
        switch embed {
        case .video: kind = words.video
        case .map: kind = words.map
        }
        // "Our oven on YouTube", or "Video on YouTube" when nothing better is known.
        let name = "\(title ?? kind) \(words.on) \(platform)"
        switch mode {
        case .card:
            return card(embed, address: address, title: title ?? name, platform: title == nil ? nil : platform)
        case .iframe:
            return frame(embed, address: address, name: name)
        }
    }

    /// The accessible name is the text of the link, read in order: "Play:
    /// Our oven on YouTube". The words that only a screen reader needs are
    /// visually hidden; the rest is what everyone sees.
    private func card(_ embed: Embed, address: String, title: String, platform: String?) -> String {
        var html = "<p class=\"embed\"><a class=\"embed-card\" href=\"\(HTMLEscaping.attribute(address))\">"
        switch embed {
        case .video:
            html += Self.playIcon
            html += "<span class=\"embed-text\"><span class=\"visually-hidden\">\(HTMLEscaping.text(words.play)) </span>"
        case .map:
            html += Self.pinIcon
            html += "<span class=\"embed-text\">"
        }
        html += "<span class=\"embed-title\">\(HTMLEscaping.text(title))</span>"
        if let platform {
            html += "<span class=\"visually-hidden\"> \(HTMLEscaping.text(words.on)) </span>"
            html += "<span class=\"embed-platform\">\(HTMLEscaping.text(platform))</span>"
        }
        return html + "</span></a></p>"
    }

    /// `loading="lazy"` on a frame is HTML since 2020 and works in every
    /// current browser; the Nu checker of the site check (20.6.30) predates it.
    private func frame(_ embed: Embed, address: String, name: String) -> String {
        var html = "<figure class=\"embed embed-player\"><div class=\"embed-frame\"><iframe"
        switch embed {
        case .video(let video):
            html += " src=\"\(HTMLEscaping.attribute(video.playerAddress))\" title=\"\(HTMLEscaping.attribute(name))\""
            html += " width=\"560\" height=\"315\" loading=\"lazy\""
            html += " allow=\"accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture\""
            html += " referrerpolicy=\"strict-origin-when-cross-origin\" allowfullscreen"
        case .map(let map):
            html += " src=\"\(HTMLEscaping.attribute(map.frameAddress))\" title=\"\(HTMLEscaping.attribute(name))\""
            html += " width=\"640\" height=\"360\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\""
        }
        html += "></iframe></div>"
        return html + "<figcaption><a href=\"\(HTMLEscaping.attribute(address))\">\(HTMLEscaping.text(name))</a></figcaption></figure>"
    }

    /// A round button with a triangle cut out of it, in the colour of links.
    static let playIcon =
        "<svg class=\"embed-icon\" viewBox=\"0 0 24 24\" width=\"48\" height=\"48\" aria-hidden=\"true\" focusable=\"false\">"
        + "<path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M12 0a12 12 0 1 0 0 24a12 12 0 1 0 0-24zM9.5 7v10l8-5z\"/></svg>"

    /// A map pin with a hole, in the colour of links.
    static let pinIcon =
        "<svg class=\"embed-icon\" viewBox=\"0 0 24 24\" width=\"48\" height=\"48\" aria-hidden=\"true\" focusable=\"false\">"
        + "<path fill=\"currentColor\" fill-rule=\"evenodd\" d=\"M12 0C7.6 0 4 3.6 4 8c0 6 8 16 8 16s8-10 8-16c0-4.4-3.6-8-8-8zm0 4.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z\"/></svg>"
}
