import SiteGen
import SiteGenManifest

/// Which profile of links.yml the owner means by what they typed after
/// `profile remove`: an address (or a Mastodon handle) as before, or a
/// platform's name ("Facebook"), a handle ("@kapsalonlotte") or a label,
/// compared without case, as people name their accounts.
enum ProfileChoice {
    enum Outcome: Equatable {
        /// The address of the one profile meant.
        case address(String)
        /// Several profiles answer to the name: their addresses, to choose from.
        case several([String])
        /// No profile answers to it.
        case none
    }

    static func choose(_ typed: String, among profiles: [RecognisedProfile]) -> Outcome {
        let wanted = typed.trimmingCharacters(in: .whitespaces).lowercased()
        let bare = wanted.hasPrefix("@") ? String(wanted.dropFirst()) : wanted
        let matching = profiles.filter { recognised in
            var names = [recognised.displayName, recognised.platform?.name, recognised.platform?.id, recognised.profile.label]
                .compactMap { $0?.lowercased() }
            if let handle = recognised.handle?.lowercased() {
                names += [handle, handle.hasPrefix("@") ? String(handle.dropFirst()) : handle]
            }
            return names.contains(wanted) || names.contains(bare)
        }
        switch matching.count {
        case 0: return .none
        case 1: return .address(matching[0].profile.url)
        default: return .several(matching.map(\.profile.url))
        }
    }

    /// Whether the text is an address or a Mastodon handle, which `remove` takes as it always has.
    static func isAddress(_ typed: String) -> Bool {
        typed.contains("://") || MastodonAddress.fromHandle(typed) != nil
    }
}
