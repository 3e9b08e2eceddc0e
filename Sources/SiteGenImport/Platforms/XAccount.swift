import Foundation

/// What sitegen takes from an X archive's `account.js`: the username, for
/// the tweets' addresses and the profile link, and the account's id, to
/// tell replies to oneself (threads) from replies to others. The file also
/// holds the owner's e-mail address and how the account was created, which
/// are never read out of it.
struct XAccount {
    var username: String?
    var accountID: String?

    init(_ items: [[String: Any]]) {
        let account = items.first ?? [:]
        if let username = JSONValue.string(account["username"])?.trimmingCharacters(in: .whitespaces),
            XAccount.isUsername(username)
        {
            self.username = username
        }
        accountID = JSONValue.string(account["accountId"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// X usernames are letters, digits and underscores; anything else is not
    /// put into an address.
    static func isUsername(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
