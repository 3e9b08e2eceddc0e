/// What `sitegen init` asks about the business, each with its flag, in the
/// order of the questions.
enum InitField: CaseIterable, Hashable {
    case name, type, language, street, postalCode, city, country, telephone, email, legalNotice

    var flag: String {
        switch self {
        case .name: "--name"
        case .type: "--type"
        case .language: "--language"
        case .street: "--street"
        case .postalCode: "--postal-code"
        case .city: "--city"
        case .country: "--country"
        case .telephone: "--telephone"
        case .email: "--email"
        case .legalNotice: "--legal-notice"
        }
    }

    /// Named in a reminder: "please type the name of the business".
    var what: String {
        switch self {
        case .name: "the name of the business"
        case .type: "a kind of business"
        case .language: "a language code"
        case .street: "the street"
        case .postalCode: "the postal code"
        case .city: "the city"
        case .country: "a country code"
        case .telephone: "a telephone number"
        case .email: "an e-mail address"
        case .legalNotice: "yes or no"
        }
    }
}
