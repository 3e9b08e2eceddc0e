/// Where a business's website is expected to carry a legal notice page
/// naming who publishes it (France's « mentions légales » under the LCEN,
/// Germany's and Austria's Impressum, Belgium's Code of Economic Law art.
/// XII.6, Spain's LSSI art. 10, Italy's P.IVA on the site…), and the name of
/// the company register there, which the page asks for.
enum LegalNotice {
    static let countries: Set<String> = ["FR", "BE", "LU", "MC", "DE", "AT", "CH", "LI", "IT", "ES"]

    static func isExpected(in country: String) -> Bool {
        countries.contains(country.uppercased())
    }

    /// The register's number as it is called in `country`, in `language`
    /// when sitegen knows the local name; nil for the generic wording.
    static func registration(country: String?, language: String) -> String? {
        let code = String(language.lowercased().prefix(2))
        let names: [String: [String: String]] = [
            "FR": ["fr": "RCS et SIRET", "en": "Company registration (RCS and SIRET)"],
            "BE": [
                "nl": "Ondernemingsnummer (KBO)", "fr": "Numéro d’entreprise (BCE)", "de": "Unternehmensnummer (ZDU)",
                "en": "Company number (CBE)",
            ],
            "LU": ["fr": "Numéro RCS", "de": "RCS-Nummer", "en": "RCS number"],
            "MC": ["fr": "Numéro RCI", "en": "RCI number"],
            "DE": ["de": "Registergericht und Registernummer", "en": "Register court and number"],
            "AT": ["de": "Firmenbuchnummer und Firmenbuchgericht", "en": "Company register number and court"],
            "CH": [
                "de": "Handelsregister (UID)", "fr": "Registre du commerce (IDE)", "it": "Registro di commercio (IDI)",
                "en": "Commercial register (UID)",
            ],
            "LI": ["de": "Handelsregisternummer", "en": "Commercial register number"],
            "IT": ["it": "Numero REA", "en": "REA number"],
            "ES": ["es": "Datos registrales (Registro Mercantil)", "en": "Commercial register details"],
        ]
        return country.flatMap { names[$0.uppercased()]?[code] }
    }
}
