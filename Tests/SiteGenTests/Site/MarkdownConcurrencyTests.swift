import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// libcmark-gfm 0.29 has process-wide state that silently breaks
/// strikethrough and autolinks when documents are parsed on several threads
/// at once (see DESIGN.md). Thousands of documents rendered concurrently must
/// match a serial run exactly.
@Suite("Site: Markdown on several threads")
struct MarkdownConcurrencyTests {
    static func document(_ number: Int) -> String {
        """
        # Heading \(number)

        Some ~~struck~~ text and an autolink www.example\(number).com, a task list:

        - [x] done \(number)
        - [ ] to do

        | a | b |
        |---|---|
        | \(number) | ~~\(number * 2)~~ |

        A footnote[^n] and https://example.org/\(number) and a [link](other.md#x).

        [^n]: The note \(number).
        """
    }

    @Test func concurrentRenderingMatchesSerialRendering() {
        let renderer = MarkdownRenderer()
        let count = 3000
        @Sendable func render(_ number: Int) -> String {
            renderer.render(
                Self.document(number), resolveLink: { .success(ResolvedLink(address: $0.destination)) },
                location: { _, _ in SourceLocation(file: "x") }
            ).html
        }
        let serial = (0..<count).map(render)
        let concurrent = Mutex([String](repeating: "", count: count))
        DispatchQueue.concurrentPerform(iterations: count) { number in
            let html = render(number)
            concurrent.withLock { $0[number] = html }
        }
        let results = concurrent.withLock { $0 }
        // With Debian's libcmark-gfm the tables are frozen: these parses ran without the lock.
        #expect(MarkdownRenderer.parsesInParallel)
        let mismatches = (0..<count).filter { serial[$0] != results[$0] }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(count) documents differ")
        // The serial output itself has every extension applied.
        #expect(serial[7].contains("<del>struck</del>"))
        #expect(serial[7].contains(#"<a href="https://www.example7.com">"#))
        #expect(serial[7].contains("<table>"))
        #expect(serial[7].contains(#"type="checkbox""#))
        #expect(serial[7].contains("data-footnotes"))
        #expect(serial[7].contains(#"<h1 id="heading-7">"#))
    }
}
