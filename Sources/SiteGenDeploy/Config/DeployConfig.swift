import Foundation
import SiteGenCore

/// deploy.yml: the targets the site is published to, in the order written;
/// the first is the one `sitegen deploy` uses when no name is given.
public struct DeployConfig: Sendable {
    public static let fileName = "deploy.yml"

    public var targets: [DeployTarget]
    public var file: String

    public init(targets: [DeployTarget], file: String) {
        self.targets = targets
        self.file = file
    }

    /// The target called `name`, or the first when `name` is nil.
    public func target(named name: String?) throws(DiagnosticsError) -> DeployTarget {
        guard let name else {
            guard let first = targets.first else {
                throw DiagnosticsError(.error(at: SourceLocation(file: file, line: 1, column: 1), "no deploy target: add one under `targets:`"))
            }
            return first
        }
        if let target = targets.first(where: { $0.name == name }) { return target }
        let names = targets.map(\.name)
        let suggestion = EditDistance.closest(to: name, among: names).map { " Did you mean \($0)?" } ?? ""
        throw DiagnosticsError(
            .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                "no deploy target is called \"\(name)\".\(suggestion) The targets of \(file): \(names.joined(separator: ", "))."))
    }
}
