import Foundation
import Testing

@testable import SiteGenDeploy

@Suite("Deploy: the plan and the record")
struct DeployPlanTests {
    static func file(_ path: String, _ hash: Character = "a", size: Int = 10) -> PublishedFile {
        PublishedFile(path: path, size: size, hash: String(repeating: hash, count: 64), local: URL(fileURLWithPath: "/built/\(path)"))
    }

    @Test func assetsGoBeforePagesAndPagesBeforeFeeds() {
        let local = [Self.file("sitemap.xml"), Self.file("index.html"), Self.file("style.css"), Self.file("images/a.jpg"), Self.file("feed.xml")]
        let plan = DeployPlan(local: local, record: nil)
        #expect(plan.uploads.map(\.path) == ["images/a.jpg", "style.css", "index.html", "feed.xml", "sitemap.xml"])
        #expect(plan.removals.isEmpty && plan.unchanged == 0)
    }

    @Test func onlyChangedFilesAreSentAndOnlyPublishedOnesRemoved() {
        let record = DeployRecord(files: [
            "index.html": String(repeating: "a", count: 64), "old/index.html": String(repeating: "a", count: 64),
            "style.css": String(repeating: "b", count: 64),
        ])
        let local = [Self.file("index.html"), Self.file("style.css", "c"), Self.file("new.html")]
        let plan = DeployPlan(local: local, record: record)
        #expect(plan.uploads.map(\.path) == ["style.css", "new.html"])
        #expect(plan.unchanged == 1)
        #expect(plan.removals == ["old/index.html"])
        #expect(plan.emptiedFolders == ["old"])
    }

    @Test func aFileLeftOnItsWayIsSentAgainAndItsTemporaryCopyRemovedIfGone() {
        let record = DeployRecord(files: ["a.html": "", "gone.html": ""])
        let plan = DeployPlan(local: [Self.file("a.html")], record: record)
        #expect(plan.uploads.map(\.path) == ["a.html"])
        #expect(plan.removals == ["gone.html"] && plan.abandoned == ["gone.html"])
    }

    @Test func foldersAreOfferedForRemovalDeepestFirstAndOnlyWhenNothingOfTheBuildIsInThem() {
        let record = DeployRecord(files: [
            "a/b/c/x.html": "", "a/b/y.html": "", "a/keep.html": "",
        ])
        let plan = DeployPlan(local: [Self.file("a/keep.html")], record: record)
        #expect(plan.emptiedFolders == ["a/b/c", "a/b"])
    }

    @Test func theRecordsInBetweenKeepEveryFileSitegenMayStillOwn() {
        let old = DeployRecord(files: ["gone.html": String(repeating: "d", count: 64), "index.html": String(repeating: "a", count: 64)])
        let local = [Self.file("index.html", "e")]
        let plan = DeployPlan(local: local, record: old)
        let during = plan.recordDuringUploads(old)
        #expect(during.files == ["gone.html": String(repeating: "d", count: 64), "index.html": ""])
        let before = plan.recordBeforeRemovals(local, old: old, source: "commit abc", now: Date(timeIntervalSince1970: 0))
        #expect(before.files == ["gone.html": String(repeating: "d", count: 64), "index.html": String(repeating: "e", count: 64)])
    }

    @Test func aRecordReadsBackAsItWasWritten() throws {
        let record = DeployRecord(
            files: ["index.html": String(repeating: "a", count: 64), "é t/ü.html": ""], source: "commit 1a2b3c",
            deployed: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(try DeployRecord(decoding: record.encoded(), from: "test") == record)
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "a/../../b", "-rf", "a//b", "a\\b", "x\ny", "*"])
    func aRecordThatNamesAPathOutsideTheSiteIsRefused(_ path: String) throws {
        let text = #"{"format": "sitegen-deployed/1", "files": {"# + String(data: try JSONEncoder().encode(path), encoding: .utf8)! + #": ""}}"#
        #expect(throws: DeployError.self) { try DeployRecord(decoding: Data(text.utf8), from: "the host's .sitegen-deployed.json") }
    }

    @Test func aFileThatIsNotARecordIsRefusedNotTakenAsEmpty() {
        #expect(throws: DeployError.self) { try DeployRecord(decoding: Data("<html>".utf8), from: "x") }
        #expect(throws: DeployError.self) { try DeployRecord(decoding: Data(#"{"files": {}}"#.utf8), from: "x") }
    }

    @Test func theSummaryLineSaysWhatWasDone() {
        let outcome = DeployOutcome(
            target: "ovh", dryRun: false, uploaded: [Self.file("a.html", size: 1_200_000)], removed: ["b.html", "c.html", "d.html"],
            unchanged: 211, seconds: 4.83, warnings: [])
        #expect(outcome.summary == "Deployed to ovh: 1 file uploaded (1.2 MB), 3 removed, 211 unchanged, in 4.8 s.")
        var dry = outcome
        dry.dryRun = true
        #expect(dry.summary == "Dry run for ovh: 1 file to upload (1.2 MB), 3 to remove, 211 unchanged; nothing was changed.")
    }

    @Test func netrcGivesTheMachinesPasswordOrTheDefault() {
        let netrc = NetrcFile(
            text: """
                machine ftp.example.fr login marie password s3cret
                macdef init
                password not-this-one

                machine other.example login bob password b0b
                default login anonymous password guest
                """)
        #expect(netrc.password(host: "ftp.example.fr", user: "marie") == "s3cret")
        #expect(netrc.password(host: "other.example", user: "bob") == "b0b")
        #expect(netrc.password(host: "ftp.example.fr", user: "paul") == nil)
        #expect(netrc.password(host: "third.example", user: "anonymous") == "guest")
    }

    @Test func aMissingToolIsNamedWithItsDebianPackage() {
        var target = DeployTarget(name: "ovh", kind: .ftps, location: .init(file: "deploy.yml", line: 2, column: 3))
        target.host = "ftp.example.fr"
        var run = DeployRun(target: target, built: URL(fileURLWithPath: "/nowhere"), stateFolder: URL(fileURLWithPath: "/nowhere"))
        run.runner = ToolRunner(run: { _, _ in ToolRun.Result(status: 0) }, locate: { _ in nil })
        #expect {
            try run.checkTools()
        } throws: { error in
            (error as? DeployError)?.description.contains("sudo apt-get install lftp") == true
        }
    }
}
