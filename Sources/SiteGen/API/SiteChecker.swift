import Foundation
import SiteGenCore
import SiteGenManifest

/// `sitegen check` without the network: builds the site into a folder of
/// its own in the system's temporary folder (never the site's output, which
/// stays as it was), audits what was built, and lists the links to other
/// sites for the command to ask about.
public struct SiteChecker: Sendable {
    public var siteDirectory: URL
    public var includeDrafts: Bool
    public var fileSystem: FileSystem
    public var clock: BuildClock
    /// Where the check's own build goes, in a folder made and removed for it.
    public var temporaryDirectory = FileManager.default.temporaryDirectory
    /// Makes the web fonts site.yml chooses; tests give a fake one.
    var fontSubsetter: FontSubsetter = .live

    public init(siteDirectory: URL, includeDrafts: Bool = false, fileSystem: FileSystem = .live, clock: BuildClock = .live) {
        self.siteDirectory = siteDirectory
        self.includeDrafts = includeDrafts
        self.fileSystem = fileSystem
        self.clock = clock
    }

    public func check() -> SiteCheckReport {
        let scratch = temporaryDirectory.appendingPathComponent("sitegen-check-\(UUID().uuidString)")
        // Only the folder made here is removed: the build writes inside it.
        defer { try? fileSystem.remove(scratch) }
        let output = scratch.appendingPathComponent("public")
        let options = BuildOptions(siteDirectory: siteDirectory, outputDirectory: output, includeDrafts: includeDrafts)
        var builder = SiteBuilder(options: options, fileSystem: fileSystem, clock: clock)
        builder.fontSubsetter = fontSubsetter
        do {
            let (report, snapshot) = try builder.buildKeepingState()
            let audit = ContentAudit(snapshot: snapshot, output: output, fileSystem: fileSystem)
            let owner = OwnerAudit(snapshot: snapshot)
            return SiteCheckReport(
                diagnostics: (report.warnings + audit.warnings() + owner.warnings()).sorted(by: Self.fileOrder),
                outgoingLinks: Self.links(of: snapshot),
                built: true, pageCount: report.pageCount,
                siteAddress: (snapshot.inputs.config.declaredURL ?? snapshot.inputs.config.baseURL).description,
                homePageFontBytes: audit.weighHomePage()?.fonts ?? 0)
        } catch let error as DiagnosticsError {
            return SiteCheckReport(
                diagnostics: error.diagnostics.sorted(by: Self.fileOrder), outgoingLinks: manifestLinks(options), built: false, pageCount: 0)
        } catch {
            let failure = Diagnostic.error(at: SourceLocation(file: options.display(siteDirectory)), error.localizedDescription)
            return SiteCheckReport(diagnostics: [failure], outgoingLinks: manifestLinks(options), built: false, pageCount: 0)
        }
    }

    static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        a.location < b.location
    }

    /// The profiles, the press articles and the pages' links to other sites.
    static func links(of snapshot: BuildSnapshot) -> [OutgoingLink] {
        var links = manifestLinks(profiles: snapshot.inputs.presence.profiles, press: snapshot.inputs.presence.press)
        let plan = snapshot.plan
        for id in plan.pages.indices.map(PageID.init) {
            guard let inventory = snapshot.rendered.inventories[id], !inventory.externalLinks.isEmpty else { continue }
            var positions = MarkdownPositions(plan[id])
            // The address as published (a space between <> is %20 there), if it is one a browser can follow.
            for link in inventory.externalLinks {
                let href = PublishedHref.of(link.address)
                guard WebAddress.isValid(href) else { continue }
                links.append(OutgoingLink(address: href, kind: .page, location: positions.location(link.position), label: plan[id].sitePath))
            }
        }
        return links
    }

    static func manifestLinks(profiles: [RecognisedProfile], press: [PressMention]) -> [OutgoingLink] {
        profiles.map {
            OutgoingLink(address: $0.profile.url, kind: .profile, location: $0.profile.location, label: $0.displayName)
        }
            + press.filter { $0.status == .live }.map {
                OutgoingLink(address: $0.url, kind: .press, location: $0.location, label: "\($0.title) (\($0.outlet))", hasArchive: $0.archive != nil)
            }
    }

    /// When the site does not build, links.yml's links can still be checked.
    private func manifestLinks(_ options: BuildOptions) -> [OutgoingLink] {
        let environment = BuildEnvironment(options: options, fileSystem: fileSystem, clock: clock, log: DiagnosticLog())
        guard let links = LoadStage.readLinks(environment) else { return [] }
        let profiles = links.profiles.filter { $0.status == .live }.map {
            OutgoingLink(address: $0.url, kind: .profile, location: $0.location, label: $0.label ?? URL(string: $0.url)?.host ?? $0.url)
        }
        return profiles + Self.manifestLinks(profiles: [], press: links.press)
    }
}
