import Foundation
import SiteGenCore

/// `sitegen init DIR`: writes a new site into a new or empty folder, never
/// over anything: the owner's own business (`BusinessDetails`), or the
/// example bakery carried by the binary.
public struct SiteInitializer: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    /// The example bakery. Returns the number of files written.
    @discardableResult
    public func create(at directory: URL, display: String) throws(DiagnosticsError) -> Int {
        try write(EmbeddedResources.exampleSite.map { ($0.path, $0.data) }, at: directory, display: display)
    }

    /// A first site for `details`. Its site.yml is read as a build reads it
    /// before anything is written, so that an answer the build would refuse
    /// (a telephone number that is not one) is reported now, by the flag's
    /// name, instead of breaking the first build. Returns the paths written.
    @discardableResult
    public func create(at directory: URL, display: String, for details: BusinessDetails) throws(DiagnosticsError) -> [String] {
        let problems = Self.problems(of: details)
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        let files = StarterSite(details: details).files()
        try write(files.map { ($0.path, Data($0.text.utf8)) }, at: directory, display: display)
        return files.map(\.path)
    }

    /// What a build would refuse in the site.yml made from `details`, each
    /// at the flag that gave the value (`--telephone`), so that `init` can
    /// refuse an answer as soon as it is typed.
    public static func problems(of details: BusinessDetails) -> [Diagnostic] {
        let answers = Self.answers(of: details)
        // A control character (a pasted escape sequence) stops YAML before any
        // key is read: it is named here by its flag instead.
        let controls = answers.compactMap { answer in
            answer.value.flatMap(TextField.forbiddenControl).map {
                Diagnostic.error(at: SourceLocation(file: answer.flag), "contains \(TextField.describe($0)); type it again without it")
            }
        }
        if !controls.isEmpty { return controls }
        do {
            _ = try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: StarterSite(details: details).siteFile()))
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map { answerProblem($0, answers) }
        }
    }

    /// Each answer with the site.yml key it is written to and the flag that gives it.
    private static func answers(of details: BusinessDetails) -> [(key: String, flag: String, value: String?)] {
        [
            ("name", "--name", details.name), ("type", "--type", details.type), ("language", "--language", details.language),
            ("address.street", "--street", details.street), ("address.postal_code", "--postal-code", details.postalCode),
            ("address.locality", "--city", details.city), ("address.country", "--country", details.country),
            ("telephone", "--telephone", details.telephone), ("email", "--email", details.email), ("url", "--url", details.url),
        ]
    }

    /// A problem of the generated site.yml, told as a problem of the answer
    /// that gave the value (`telephone: "12" is not…` → `--telephone: …`).
    private static func answerProblem(_ diagnostic: Diagnostic, _ answers: [(key: String, flag: String, value: String?)]) -> Diagnostic {
        let message = diagnostic.message
        // The longest key first: `address.country` before a shorter key it starts with.
        for answer in answers.sorted(by: { $0.key.count > $1.key.count })
        where message.hasPrefix(answer.key + ":") || message.hasPrefix(answer.key + " ") {
            return Diagnostic(
                diagnostic.severity, at: SourceLocation(file: answer.flag),
                String(message.dropFirst(answer.key.count + 1)).trimmingCharacters(in: .whitespaces))
        }
        return Diagnostic(diagnostic.severity, at: SourceLocation(file: "sitegen init"), message)
    }

    @discardableResult
    private func write(_ files: [(path: String, data: Data)], at directory: URL, display: String) throws(DiagnosticsError) -> Int {
        switch fileSystem.kind(directory) {
        case .file:
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "is a file; give the name of a new folder"))
        case .directory:
            let existing = (try? fileSystem.contents(directory)) ?? []
            if !existing.isEmpty {
                throw DiagnosticsError(
                    .error(
                        at: SourceLocation(file: display),
                        "is not empty; sitegen init only writes into a new or empty folder, so that nothing is overwritten"))
            }
        case .none:
            break
        }
        do {
            try fileSystem.createDirectory(directory)
            for file in files {
                let url = directory.appendingPathComponent(file.path)
                try fileSystem.createDirectory(url.deletingLastPathComponent())
                try fileSystem.write(file.data, url)
            }
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "cannot write the new site: \(error.localizedDescription)"))
        }
        return files.count
    }
}
