import Foundation
import SiteGenCore

/// `corners:` of site.yml's `theme:` block: how round cards, pictures and
/// buttons are (`--radius` and `--button-radius` of style.css).
enum ThemeCorners: String, Sendable, CaseIterable {
    case sharp
    case soft
    case round

    /// Cards and pictures.
    var radius: String {
        switch self {
        case .sharp: "0"
        case .soft: "8px"
        case .round: "16px"
        }
    }

    /// Buttons: round ones are pills.
    var buttonRadius: String {
        switch self {
        case .sharp: "0"
        case .soft: "8px"
        case .round: "999px"
        }
    }

    /// The word as written, in any case and with spaces around it.
    init?(word: String) {
        self.init(rawValue: word.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// What to say of a word that is none of them: the three, and the one it
    /// is nearest to when it is near one (`rounded`).
    static func problem(with word: String) -> String {
        let words = allCases.map(\.rawValue)
        let suggestion = EditDistance.suggestion(for: word.lowercased(), among: words, minimum: 3)
        return "\(TextField.quoted(word)) is not one of \(words.joined(separator: ", "))\(suggestion)"
    }
}
