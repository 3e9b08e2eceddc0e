/// Ends the program with an exit code once the problems have been printed.
struct SiteFailure: Error {
    var code: Int32

    /// The site has errors.
    static let siteErrors = SiteFailure(code: 1)

    /// The command line is not complete; the message printed says what it lacks.
    static let usage = SiteFailure(code: 2)

    /// A deploy could not be completed (the host refused, the network failed); the message says what is on the host.
    static let deployFailed = SiteFailure(code: 3)
}
