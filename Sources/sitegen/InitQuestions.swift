import Foundation
import SiteGen
import SiteGenCore

/// `sitegen init`'s questions at a terminal, for what its flags left out:
/// each answer is checked as the build would check it, at once, and refused
/// with the reason, so that the new site builds the first time.
struct InitQuestions {
    var terminal: Terminal
    /// `LANG`, such as `nl_BE.UTF-8`: the language and country asked by default.
    var locale: String?

    func complete(_ given: BusinessDetails, asked fields: Set<InitField>) throws(Terminal.QuestionStop) -> BusinessDetails {
        var details = given
        let guess = Self.localeGuess(locale)
        for field in InitField.allCases where fields.contains(field) {
            switch field {
            case .name:
                details.name = try ask("Name of the business", default: nil, field, details) { $0.name = $1 }
            case .type:
                details.type = try ask(
                    "Kind of business, a schema.org type (HairSalon, Bakery, Restaurant, Store, Plumber, Florist…)", default: "LocalBusiness", field,
                    details
                ) { $0.type = $1 }
            case .language:
                details.language = try ask("Language of the site (nl, fr, de, en, es, it…)", default: guess.language ?? "en", field, details) {
                    $0.language = $1
                }
            case .street:
                details.street = try askOptional("Street and number", field, details) { $0.street = $1 }
            case .postalCode:
                details.postalCode = try askOptional("Postal code", field, details) { $0.postalCode = $1 }
            case .city:
                details.city = try askOptional("City", field, details) { $0.city = $1 }
            case .country:
                details.country = try askOptional("Country, two letters (BE, FR, NL, DE…)", default: guess.country, field, details) {
                    $0.country = $1?.uppercased()
                }
            case .telephone:
                details.telephone = try askOptional("Telephone, in international form (+32 2 123 45 67)", field, details) { $0.telephone = $1 }
            case .email:
                details.email = try askOptional("E-mail address", field, details) { $0.email = $1 }
            case .legalNotice:
                guard let country = details.country, details.legalNotice == nil, BusinessDetails.expectsLegalNotice(in: country) else { continue }
                details.legalNotice = try terminal.ask(
                    "A legal notice page is expected for a business in \(country); add one, with the details to fill in marked? (yes/no)",
                    default: "yes", what: "yes or no", interpret: Self.yesOrNo)
            }
        }
        return details
    }

    /// One answer, refused when the site.yml it makes would not build.
    private func ask(
        _ question: String, default defaultAnswer: String?, _ field: InitField, _ details: BusinessDetails,
        _ set: (inout BusinessDetails, String) -> Void
    ) throws(Terminal.QuestionStop) -> String {
        let current = details
        return try terminal.ask(question, default: defaultAnswer, what: field.what) { answer in
            var trial = current
            set(&trial, answer)
            return Self.refusal(field, trial).map { .failure($0) } ?? .success(answer)
        }
    }

    private func askOptional(
        _ question: String, default defaultAnswer: String? = nil, _ field: InitField, _ details: BusinessDetails,
        _ set: (inout BusinessDetails, String?) -> Void
    ) throws(Terminal.QuestionStop) -> String? {
        let current = details
        let answer: String? = try terminal.ask(question, default: defaultAnswer, what: field.what, optional: true) { typed in
            let value: String? = typed.isEmpty ? nil : typed
            var trial = current
            set(&trial, value)
            return Self.refusal(field, trial).map { .failure($0) } ?? .success(value)
        }
        return field == .country ? answer?.uppercased() : answer
    }

    private static func refusal(_ field: InitField, _ details: BusinessDetails) -> QuestionRefusal? {
        SiteInitializer.problems(of: details).first { $0.location.file == field.flag }.map { QuestionRefusal($0.message) }
    }

    static func yesOrNo(_ answer: String) -> Result<Bool, QuestionRefusal> {
        switch answer.lowercased() {
        case "y", "yes", "j", "ja", "o", "oui", "s", "si", "sí", "true": .success(true)
        case "n", "no", "nee", "nein", "non", "false": .success(false)
        default: .failure(QuestionRefusal("please answer yes or no"))
        }
    }

    /// `nl_BE.UTF-8` → (nl, BE); `C` and `POSIX` say nothing.
    static func localeGuess(_ locale: String?) -> (language: String?, country: String?) {
        guard let locale, let code = locale.split(separator: ".").first, code != "C", code != "POSIX" else { return (nil, nil) }
        let parts = code.split(separator: "_")
        let language = parts.first.map(String.init).flatMap { $0.count == 2 && $0.allSatisfy(\.isLetter) ? $0.lowercased() : nil }
        let country = parts.dropFirst().first.map(String.init).flatMap { $0.count == 2 && $0.allSatisfy(\.isLetter) ? $0.uppercased() : nil }
        return (language, country)
    }
}
