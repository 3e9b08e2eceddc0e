/// The two things sitegen reads from Instagram's profile file: the
/// username (for links.yml) and whether the account is private. The file
/// also holds the owner's e-mail, phone number and birthday, which are
/// never read out of it.
struct InstagramProfile {
    var username: String?
    /// Nil when the file does not say.
    var isPrivate: Bool?

    init(_ document: Any) {
        let user = JSONValue.array(JSONValue.object(document)?["profile_user"]).first.flatMap(JSONValue.object)
        let fields = JSONValue.object(user?["string_map_data"]) ?? [:]
        func value(_ name: String) -> String? {
            JSONValue.string(JSONValue.object(fields[name])?["value"]).map(MetaText.repaired)
        }
        let username = value("Username")?.trimmingCharacters(in: .whitespaces)
        if let username, !username.isEmpty, username.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
            self.username = username
        }
        isPrivate = value("Private Account").flatMap(JSONValue.bool)
    }
}
