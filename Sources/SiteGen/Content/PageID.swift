/// Which page of the plan: a position in `SitePlan.pages`, typed so that it
/// cannot be mixed up with a count, a line number or another index.
struct PageID: Hashable, Comparable, Sendable, CustomStringConvertible {
    let position: Int

    init(_ position: Int) {
        self.position = position
    }

    static func < (a: PageID, b: PageID) -> Bool { a.position < b.position }

    var description: String { "page \(position)" }
}
