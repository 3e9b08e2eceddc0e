/// Addresses that run script or read local files when a visitor follows or
/// loads them: `javascript:`, `vbscript:`, `data:` and `file:`.
///
/// A browser removes tabs and line breaks anywhere in an address, and spaces
/// and control characters around it, before it reads the scheme, and schemes
/// are case-insensitive: `" Java\tScript:"` is `javascript:`. Here every
/// space and control character is removed, which finds a few more.
enum UnsafeAddress {
    static let schemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// The unsafe scheme of `address`, in lower case, or nil.
    static func scheme(of address: String) -> String? {
        var scheme = String.UnicodeScalarView()
        for scalar in address.unicodeScalars {
            if isInvisible(scalar) { continue }
            if scalar == ":" {
                let name = String(scheme).lowercased()
                return schemes.contains(name) ? name : nil
            }
            guard scalar.isASCII, scheme.count < 16 else { return nil }
            scheme.append(scalar)
        }
        return nil
    }

    /// The script scheme written anywhere in `text` (a list of addresses, a
    /// style), or nil.
    static func scriptScheme(anywhereIn text: String, including extra: [String] = []) -> String? {
        let squeezed = String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisible($0) })).lowercased()
        return (["javascript", "vbscript"] + extra).first { squeezed.contains($0 + ":") }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value <= 0x20 || scalar.value == 0x7F
    }
}
