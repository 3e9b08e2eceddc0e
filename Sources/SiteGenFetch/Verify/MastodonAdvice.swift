/// What to tell the owner of a Mastodon account, whose links are verified
/// only in the profile's extra fields.
enum MastodonAdvice {
    static func addField(_ site: SiteHome) -> String {
        "add \(site.url) as an extra field of this Mastodon account (Edit profile, Extra fields); Mastodon then checks it and shows a green check"
    }

    static func saveAgain(_ site: SiteHome) -> String {
        "Mastodon checks the link again when the profile is saved: once the home page carries rel=\"me\" to the account "
            + "(sitegen's theme writes it; see the home page checks), open Edit profile and save"
    }
}
