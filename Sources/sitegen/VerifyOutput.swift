import Foundation
import SiteGenFetch

/// What `sitegen verify` prints: for people, one line per profile grouped
/// by result and one per home page check; for scripts, a stable JSON shape
/// (documented in `sitegen verify --help`).
enum VerifyOutput {
    static func text(_ report: VerifyReport) -> String {
        var lines: [String] = []
        if report.profiles.isEmpty { lines.append("No profile in links.yml.") }
        for result in LinkBackResult.allCases {
            let group = report.profiles.filter { $0.result == result }
            guard !group.isEmpty else { continue }
            lines.append("\(result.rawValue.prefix(1).uppercased() + result.rawValue.dropFirst()) (\(group.count)):")
            for verification in group {
                let advice = verification.advice.map { "; \($0)" } ?? ""
                lines.append(
                    "  \(verification.profile.place)  \(verification.profile.displayName)  \(verification.profile.url): \(verification.message)\(advice)"
                )
            }
        }
        lines.append("Home page \(report.home.url):")
        for check in report.home.checks {
            lines.append("  \(check.passed ? "ok  " : "FAIL")  \(check.message)")
        }
        let counts = LinkBackResult.allCases.map { result in "\(report.profiles.filter { $0.result == result }.count) \(result.rawValue)" }
        let problems = report.home.checks.filter { !$0.passed }.count
        let home = problems == 0 ? "passes" : problems == 1 ? "1 problem" : "\(problems) problems"
        lines.append("\(counts.joined(separator: ", ")); home page: \(home)")
        return lines.joined(separator: "\n")
    }

    /// `lines` are the profiles' line numbers in links.yml, in the report's order.
    static func json(_ report: VerifyReport, site: SiteHome, lines: [Int]) throws -> String {
        let profiles: [[String: Any]] = zip(report.profiles, lines).map { verification, line in
            [
                "url": verification.profile.url,
                "place": verification.profile.place,
                "line": line,
                "platform": verification.profile.platformName ?? NSNull(),
                "name": verification.profile.displayName,
                "result": verification.result.rawValue,
                "message": verification.message,
                "advice": verification.advice ?? NSNull(),
            ]
        }
        let checks: [[String: Any]] = report.home.checks.map { check in
            ["rule": check.rule.rawValue, "profile": check.profile ?? NSNull(), "passed": check.passed, "message": check.message]
        }
        let object: [String: Any] = [
            "site": site.url,
            "passed": report.passed,
            "profiles": profiles,
            "home": ["url": report.home.url, "passed": report.home.passed, "checks": checks],
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
