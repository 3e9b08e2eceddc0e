/// The `--section` folder: one plain folder name of `content/`.
enum SectionName {
    static func check(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        guard !name.isEmpty, allowed, name.count <= 64 else {
            throw ImportError.invalidDocument(
                "--section \(name)", detail: "a section is one folder name of content/, made of letters, digits and hyphens, such as \"posts\"")
        }
    }
}
