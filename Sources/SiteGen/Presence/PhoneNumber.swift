import Foundation

/// A telephone number as the owner wrote it (for people) and in E.164 (for
/// `tel:` links, JSON-LD and the vCard): "+33 2 99 12 34 56" -> "+33299123456".
public struct PhoneNumber: Sendable, Hashable {
    public var display: String
    public var e164: String

    /// Accepts international numbers (`+33 ...`, `0033 ...`, `+44 (0)20 ...`) and,
    /// given the country of the address, national ones (`02 99 12 34 56`).
    public init?(_ text: String, country: String?) {
        var compact = text.replacingOccurrences(of: "(0)", with: "")
        compact.removeAll { " .-()/\u{00A0}\u{202F}".contains($0) }
        guard !compact.isEmpty else { return nil }
        var digits: String
        if compact.hasPrefix("+") {
            digits = String(compact.dropFirst())
        } else if compact.hasPrefix("00") {
            digits = String(compact.dropFirst(2))
        } else {
            guard let country, let plan = Self.nationalPlans[country.uppercased()] else { return nil }
            var national = Substring(compact)
            if plan.dropsTrunkZero, national.hasPrefix("0") { national = national.dropFirst() }
            // North America's trunk prefix is 1, the same as its calling code.
            if plan.code == "1", national.count == 11, national.hasPrefix("1") { national = national.dropFirst() }
            digits = plan.code + national
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), (8...15).contains(digits.count), !digits.hasPrefix("0") else {
            return nil
        }
        display = text.trimmingCharacters(in: .whitespaces)
        e164 = "+" + digits
    }

    /// Calling code and whether the national trunk prefix 0 is dropped, for
    /// numbers written without their country code.
    static let nationalPlans: [String: (code: String, dropsTrunkZero: Bool)] = [
        "FR": ("33", true), "BE": ("32", true), "CH": ("41", true), "LU": ("352", false), "MC": ("377", false),
        "DE": ("49", true), "AT": ("43", true), "NL": ("31", true), "GB": ("44", true), "IE": ("353", true),
        "ES": ("34", false), "PT": ("351", false), "IT": ("39", false), "GR": ("30", false), "DK": ("45", false),
        "NO": ("47", false), "SE": ("46", true), "FI": ("358", true), "PL": ("48", false), "CZ": ("420", false),
        "SK": ("421", true), "HU": ("36", true), "RO": ("40", true), "BG": ("359", true), "HR": ("385", true),
        "SI": ("386", true), "EE": ("372", false), "LV": ("371", false), "LT": ("370", true), "US": ("1", false),
        "CA": ("1", false), "MX": ("52", false), "BR": ("55", true), "AR": ("54", true), "AU": ("61", true),
        "NZ": ("64", true), "JP": ("81", true), "KR": ("82", true), "IN": ("91", true), "ZA": ("27", true),
        "MA": ("212", true), "TN": ("216", false), "DZ": ("213", true), "SN": ("221", false), "CI": ("225", false),
        "QC": ("1", false), "RE": ("262", true), "GP": ("590", true), "MQ": ("596", true), "TR": ("90", true),
    ]
}
