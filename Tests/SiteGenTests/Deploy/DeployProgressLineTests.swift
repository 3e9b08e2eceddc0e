import Foundation
import Testing

@testable import SiteGenDeploy

@Suite("Deploy: the progress bar")
struct DeployProgressLineTests {
    @Test func theBarShowsFilesBytesRateAndTimeLeft() {
        let progress = DeployProgress(filesDone: 12, filesTotal: 40, bytesDone: 1_200_000, bytesTotal: 3_600_000, lastPath: "index.html")
        let text = progress.line(seconds: 2)
        #expect(text == "████████░░░░░░░░░░░░░░░░ 12/40 files, 1.2 MB of 3.6 MB, 600.0 KB/s, 4 s left")
    }

    @Test func theLastFileLeavesAFullBarAndNoTimeLeft() {
        let progress = DeployProgress(filesDone: 3, filesTotal: 3, bytesDone: 900, bytesTotal: 900, lastPath: "feed.xml")
        let text = progress.line(seconds: 1)
        #expect(text.hasPrefix(String(repeating: "█", count: 24) + " 3/3 files, 900 bytes of 900 bytes"))
        #expect(!text.contains("left"))
    }
}
