/// What the link rewriter makes of a link: the address to publish and, when
/// it points to a part of a page of the site (`/about/#hours`), that part,
/// which can be checked only once every page is written.
struct ResolvedLink: Sendable, Equatable {
    var address: String
    var fragment: FragmentTarget?
    /// The file of the output it names (`images/oven.jpg`), when it names one.
    var file: String? = nil
}
