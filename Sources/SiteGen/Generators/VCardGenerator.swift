import Foundation
import SiteGenCore

/// `contact.vcf`: the business as a vCard 3.0 (RFC 2426), for "add to
/// contacts": CRLF line ends, lines folded at 75 octets, text escaped.
struct VCardGenerator {
    var config: SiteConfig
    var profiles: [RecognisedProfile]

    func generate() -> String {
        var lines = ["BEGIN:VCARD", "VERSION:3.0"]
        let name = Self.escaped(config.name)
        lines.append("FN:\(name)")
        lines.append("N:\(name);;;;")
        lines.append("ORG:\(name)")
        if let telephone = config.telephone { lines.append("TEL;TYPE=WORK,VOICE:\(telephone.e164)") }
        if let email = config.email { lines.append("EMAIL;TYPE=INTERNET,WORK:\(Self.escaped(email))") }
        if let address = config.address {
            let parts = ["", "", address.street, address.locality, address.region, address.postalCode, address.country]
                .map { Self.escaped($0 ?? "") }
            lines.append("ADR;TYPE=WORK:" + parts.joined(separator: ";"))
        }
        if let geo = config.geo { lines.append("GEO:\(Self.decimal(geo.latitude));\(Self.decimal(geo.longitude))") }
        lines.append("URL:\(config.baseURL.description)")
        // A line break in an address would start a property of its own: the loader refuses one, and none gets through here either.
        for profile in profiles where !profile.profile.url.unicodeScalars.contains(where: WebAddress.isForbidden) {
            lines.append("URL:\(profile.profile.url)")
        }
        if let description = config.description { lines.append("NOTE:\(Self.escaped(description))") }
        lines.append("END:VCARD")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    /// A plain decimal number (never `5e-05`), to six places, without trailing zeros.
    static func decimal(_ value: Double) -> String {
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    /// Backslashes, commas, semicolons and line breaks are escaped in text values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case "\n", "\r\n", "\r": result += "\\n"
            case _ where character.unicodeScalars.contains(where: TextField.isForbiddenControl):
                result.unicodeScalars += character.unicodeScalars.filter { !TextField.isForbiddenControl($0) }
            default: result.append(character)
            }
        }
        return result
    }

    /// Splits a line into pieces of at most 75 octets, each continuation
    /// starting with a space, never inside a UTF-8 character.
    static func folded(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var currentBytes = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if currentBytes + size > limit {
                pieces.append(current)
                current = ""
                currentBytes = 0
            }
            current.unicodeScalars.append(scalar)
            currentBytes += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
