// TEMPORARY: replaced by the locale-texts branch.
enum TextDirection {
    static func of(language: String) -> String {
        let primary = language.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "iw"].contains(primary) ? "rtl" : "ltr"
    }
}
