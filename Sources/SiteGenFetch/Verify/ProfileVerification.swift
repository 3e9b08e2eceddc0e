/// The answer for one profile: the result, what was found, and what to do.
public struct ProfileVerification: Sendable, Equatable {
    public var profile: ProfileToVerify
    public var result: LinkBackResult
    /// What sitegen saw, in one line: `links to https://... with rel="me"`.
    public var message: String
    /// What the owner can do, when there is something to do.
    public var advice: String?

    public init(profile: ProfileToVerify, result: LinkBackResult, message: String, advice: String? = nil) {
        self.profile = profile
        self.result = result
        self.message = message
        self.advice = advice
    }
}
