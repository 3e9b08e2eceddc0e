import Foundation

// TEMPORARY: replaced by the locale-texts branch.
enum LanguageNames {
    static func ownName(of code: String) -> String? {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forIdentifier: code) else { return nil }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
