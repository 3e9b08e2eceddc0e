/// Ends the program with an exit code once the problems have been printed.
struct SiteFailure: Error {
    var code: Int32

    /// The site has errors.
    static let siteErrors = SiteFailure(code: 1)

    /// The command line is not complete; the message printed says what it lacks.
    static let usage = SiteFailure(code: 2)
}
