/// One named stage of a build, run in order by `SiteBuilder`.
struct BuildStep: Sendable {
    var name: String
    /// Steps that would only add noise after an error (rendering pages whose
    /// links point to a file that failed to load) wait for an error-free build.
    var needsNoErrors: Bool
    var run: @Sendable (BuildContext) throws -> Void

    init(_ name: String, needsNoErrors: Bool = false, run: @escaping @Sendable (BuildContext) throws -> Void) {
        self.name = name
        self.needsNoErrors = needsNoErrors
        self.run = run
    }
}
