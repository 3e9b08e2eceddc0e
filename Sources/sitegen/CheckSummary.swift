import SiteGen

/// The counts `check` ends with, and decides its exit code by.
struct CheckSummary {
    var errors: Int
    var warnings: Int
    /// Links by result, when --external asked them.
    var verdictCounts: [String: Int]?

    init(report: SiteCheckReport, links: [ExternalLinkResult]?) {
        errors = report.errorCount + (links ?? []).count(where: \.isError)
        warnings = report.warningCount + (links ?? []).count(where: \.isWarning)
        verdictCounts = links.map { results in
            results.reduce(into: [String: Int]()) { counts, result in counts[result.result.verdict.rawValue, default: 0] += 1 }
        }
    }

    /// "2 errors, 1 warning", "no errors, no warnings".
    var line: String {
        func counted(_ count: Int, _ noun: String) -> String {
            count == 0 ? "no \(noun)s" : count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
        }
        return "\(counted(errors, "error")), \(counted(warnings, "warning"))"
    }
}
