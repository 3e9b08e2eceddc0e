/// The account an export belongs to, as far as it says: for the profile
/// entry of links.yml.
struct ExportAccount: Sendable, Equatable {
    /// The profile's address (`https://social.example/@bakery`).
    var address: String
    var username: String?
}
