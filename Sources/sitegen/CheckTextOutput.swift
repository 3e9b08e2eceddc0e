import SiteGen
import SiteGenCore
import SiteGenFetch

/// `check`'s report for people: the problems in the compiler's format that
/// editors jump to, then the links to other sites grouped by result, each
/// with where it was written and what to do.
struct CheckTextOutput {
    var report: SiteCheckReport
    var links: [ExternalLinkResult]?
    var summary: CheckSummary

    /// The groups in the order an owner should read them, with what each means.
    static let groups: [(verdict: LinkVerdict, meaning: String)] = [
        (.gone, "the page no longer exists"),
        (.redirected, "the address moved"),
        (.error, "no answer could be had"),
        (.unverifiable, "the platform does not answer robots; not a problem of the site"),
    ]

    func print() {
        let pages = report.pageCount == 1 ? "1 page" : "\(report.pageCount) pages"
        let built = report.built ? "\(pages) built" : "the site does not build"
        let linkCount = report.outgoingLinks.count == 1 ? "1 link to another site" : "\(report.outgoingLinks.count) links to other sites"
        Console.out("sitegen check: \(built), \(linkCount).")
        if report.homePageFontBytes > 0 {
            let kilobytes = (Double(report.homePageFontBytes) / 1024 * 10).rounded() / 10
            Console.out("The home page's web fonts weigh \(kilobytes) KB, counted apart from its 14 KB (at most 60 KB).")
        }
        if !report.diagnostics.isEmpty { Console.out("") }
        for diagnostic in report.diagnostics { Console.out(diagnostic.description) }
        if let links {
            printLinks(links)
        } else if !report.outgoingLinks.isEmpty {
            Console.out("")
            Console.out("Links to other sites were not asked; add --external to ask each of them.")
        }
        Console.out("")
        Console.out(summary.line + ".")
    }

    private func printLinks(_ links: [ExternalLinkResult]) {
        Console.out("")
        let counts = summary.verdictCounts ?? [:]
        let order: [LinkVerdict] = [.ok, .redirected, .gone, .unverifiable, .error]
        Console.out("Links to other sites: " + order.map { "\(counts[$0.rawValue] ?? 0) \($0.rawValue)" }.joined(separator: ", "))
        // Only the links listed count for the columns' widths: the ok ones are counted, not listed.
        let listed = links.filter { $0.result.verdict != .ok }
        let placeWidth = listed.map { $0.link.location.description.count }.max() ?? 0
        let kindWidth = listed.map { $0.link.kind.rawValue.count }.max() ?? 0
        for group in Self.groups {
            let members = listed.filter { $0.result.verdict == group.verdict }.sorted { $0.link.location < $1.link.location }
            guard !members.isEmpty else { continue }
            Console.out("")
            Console.out("\(group.verdict.rawValue) (\(group.meaning)): \(members.count)")
            for member in members {
                let place = member.link.location.description.padding(toLength: placeWidth, withPad: " ", startingAt: 0)
                let kind = member.link.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
                let moved = member.result.finalURL.map { " -> \($0)" } ?? ""
                Console.out("  \(place)  \(kind)  \(member.link.address)\(moved)  (\(member.result.detail))")
                if let advice = member.advice { Console.out("  \(String(repeating: " ", count: placeWidth))  \(advice)") }
            }
        }
    }
}
