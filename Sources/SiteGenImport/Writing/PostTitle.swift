import Foundation

/// The title of a social post, which has none: its first sentence, cut at a
/// word when long, without the hashtags and links that end it; the date when
/// the post has no words at all.
enum PostTitle {
    static let maximumLength = 70

    static func make(from text: String, published: Date, language: String) -> String {
        let line = firstSentence(of: text)
        guard !line.isEmpty else { return dateTitle(published, language: language) }
        guard line.count > maximumLength else { return line }
        var cut = String(line.prefix(maximumLength))
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maximumLength / 2 {
            cut = String(cut[..<space])
        }
        return cut.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:–-")) + "…"
    }

    static func firstSentence(of text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
        let words = line.split(whereSeparator: \.isWhitespace).filter { word in
            !word.hasPrefix("http://") && !word.hasPrefix("https://")
        }
        var sentence: [Substring] = []
        for word in words {
            // An emoji after a few words ends a sentence as a full stop does, in captions.
            if isEmoji(word), sentence.count >= 3 {
                sentence.append(word)
                break
            }
            sentence.append(word)
            if let last = word.last, ".!?…".contains(last), word.count > 1 || sentence.count > 1 { break }
        }
        // "Summer menu is here 🍓 #bakery #summer" -> "Summer menu is here 🍓"
        while let last = sentence.last, last.hasPrefix("#") || last.hasPrefix("@") { sentence.removeLast() }
        return sentence.joined(separator: " ")
    }

    /// A word made of emoji only (🔥, 👑, ☕️, 👩‍🍳).
    static func isEmoji(_ word: Substring) -> Bool {
        // Digits, `#` and `*` are emoji too in Unicode's tables (keycaps): only pictures count here.
        func picture(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isEmoji && scalar.value > 0xFF }
        return word.unicodeScalars.contains(where: picture)
            && word.unicodeScalars.allSatisfy { picture($0) || $0.properties.isEmojiModifier || $0.value == 0xFE0F || $0.value == 0x200D }
    }

    /// "Post of 4 May 2024", in the site's language when sitegen knows it.
    static func dateTitle(_ date: Date, language: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateStyle = .long
        return "\(ImportWords(language: language).postOf) \(formatter.string(from: date))"
    }
}
