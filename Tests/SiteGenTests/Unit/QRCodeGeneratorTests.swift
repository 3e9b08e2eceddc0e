import Foundation
import Testing

@testable import SiteGen

@Suite("Unit: QRCodeGenerator")
struct QRCodeGeneratorUnitTests {
    private struct Drawing {
        var size: Int
        /// Dark modules, by (column, row) in viewBox units (the quiet zone included).
        var dark: Set<[Int]>
        var commands: [Character]
    }

    private func svg(_ text: String, title: String = "QR code") throws -> String {
        try #require(QRCodeGenerator(text: text, title: title).generate())
    }

    /// The value of an attribute of the first element that has it.
    private func attribute(_ name: String, in svg: String) -> String? {
        guard let start = svg.range(of: " \(name)=\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Reads the path back: each run is `Mx yhNv1h-Nz`.
    private func drawing(_ svg: String) throws -> Drawing {
        let viewBox = try #require(attribute("viewBox", in: svg)).split(separator: " ").compactMap { Int($0) }
        try #require(viewBox.count == 4)
        #expect(viewBox[0] == 0 && viewBox[1] == 0)
        #expect(viewBox[2] == viewBox[3])
        let path = try #require(attribute("d", in: svg))
        var dark: Set<[Int]> = []
        var commands: [Character] = []
        let scanner = Scanner(string: path)
        scanner.charactersToBeSkipped = nil
        while !scanner.isAtEnd {
            let command = try #require(scanner.scanCharacter())
            commands.append(command)
            try #require(command == "M", "a run starts with M, found \(command)")
            let x = try #require(scanner.scanInt())
            _ = try #require(scanner.scanString(" "))
            let y = try #require(scanner.scanInt())
            try #require(scanner.scanCharacter() == "h")
            commands.append("h")
            let width = try #require(scanner.scanInt())
            try #require(scanner.scanString("v1") != nil)
            commands.append("v")
            try #require(scanner.scanCharacter() == "h")
            commands.append("h")
            let back = try #require(scanner.scanInt())
            try #require(scanner.scanCharacter() == "z")
            commands.append("z")
            #expect(back == -width)
            #expect(width >= 1)
            for column in x..<(x + width) { dark.insert([column, y]) }
        }
        return Drawing(size: viewBox[2], dark: dark, commands: commands)
    }

    @Test("the viewBox is the modules plus a four-module quiet zone on each side")
    func quietZone() throws {
        let drawing = try drawing(try svg("https://www.boulangerie-martin.fr/"))
        let modules = drawing.size - 2 * QRCodeGenerator.quietZone
        // A QR code of version v has 17 + 4v modules a side.
        #expect(modules >= 21)
        #expect((modules - 17) % 4 == 0)
        #expect(!drawing.dark.isEmpty)
        for cell in drawing.dark {
            #expect(cell[0] >= 4 && cell[1] >= 4, "module \(cell) in the quiet zone")
            #expect(cell[0] < drawing.size - 4 && cell[1] < drawing.size - 4, "module \(cell) in the quiet zone")
        }
    }

    @Test("the three finder patterns sit in the corners, just inside the quiet zone")
    func finderPatterns() throws {
        let drawing = try drawing(try svg("https://www.boulangerie-martin.fr/"))
        let modules = drawing.size - 8
        func isDark(_ column: Int, _ row: Int) -> Bool { drawing.dark.contains([column + 4, row + 4]) }
        for (left, top) in [(0, 0), (modules - 7, 0), (0, modules - 7)] {
            for row in 0..<7 {
                for column in 0..<7 {
                    let ring = max(abs(column - 3), abs(row - 3))
                    // Dark outer ring, light ring, dark 3x3 centre.
                    #expect(isDark(left + column, top + row) == (ring != 2), "finder at \(left),\(top): module \(column),\(row)")
                }
            }
        }
    }

    @Test("the SVG: white background, black path, sizes, a title")
    func structure() throws {
        let output = try svg("https://www.boulangerie-martin.fr/", title: "QR code: https://www.boulangerie-martin.fr/")
        let size = try drawing(output).size
        #expect(output.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\""))
        #expect(output.contains("width=\"\(size * 8)\" height=\"\(size * 8)\""))
        #expect(output.contains("<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/>"))
        #expect(output.contains("<path fill=\"#000\" d=\""))
        #expect(output.contains("<title id=\"title\">QR code: https://www.boulangerie-martin.fr/</title>"))
        #expect(output.contains("aria-labelledby=\"title\""))
        #expect(output.contains("role=\"img\""))
        // The background comes before the path, so that the modules are drawn over it.
        let rect = try #require(output.range(of: "<rect"))
        let path = try #require(output.range(of: "<path"))
        #expect(rect.lowerBound < path.lowerBound)
        #expect(output.hasSuffix("</svg>\n"))
    }

    @Test("the title is escaped")
    func escapedTitle() throws {
        let output = try svg("https://example.fr/", title: "Martin & Fils <\"pain\"> 'bio'")
        #expect(output.contains("<title id=\"title\">Martin &amp; Fils &lt;&quot;pain&quot;&gt; &#39;bio&#39;</title>"))
        #expect(!output.contains("<\"pain\">"))
    }

    @Test("the path uses only M, h, v and z")
    func commands() throws {
        let output = try svg("https://www.boulangerie-martin.fr/")
        let path = try #require(attribute("d", in: output))
        let letters = Set(path.filter(\.isLetter))
        #expect(letters.isSubset(of: ["M", "h", "v", "z"]))
        #expect(Set(try drawing(output).commands) == ["M", "h", "v", "z"])
    }

    /// Written once and read back by a QR reader (`goldenIsTheAddress`):
    /// the same text must give these bytes in every process and on every machine.
    static let golden = TestSupport.fixture("generated-files").appendingPathComponent("qr.svg")

    @Test("the same text gives the bytes of the golden file")
    func deterministic() throws {
        let output = try svg("https://www.boulangerie-martin.fr/", title: "QR code: https://www.boulangerie-martin.fr/")
        let golden = try Data(contentsOf: Self.golden)
        #expect(Data(output.utf8) == golden, "Fixtures/generated-files/qr.svg differs:\n\(output)")
        #expect(try svg("https://www.boulangerie-martin.fr/contact/") != output)
    }

    @Test("the golden file is a QR code of the address")
    func goldenIsTheAddress() throws {
        #expect(try Self.decoded(try Data(contentsOf: Self.golden)) == Data("https://www.boulangerie-martin.fr/".utf8))
    }

    /// A business on an accented domain: the built qr.svg holds the host's
    /// ASCII form, which any reader gives back as it is, with no -Sbinary.
    @Test("a site on an accented domain gets a QR code of the domain's ASCII form")
    func accentedDomain() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let output = root.appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixture("escaping"), into: output, baseURL: "https://www.pâtisserie-éclair.fr/")
        let svg = try Data(contentsOf: output.appendingPathComponent("qr.svg"))
        #expect(try Self.decoded(svg) == Data("https://www.xn--ptisserie-clair-3jb2k.fr/".utf8))
        #expect(String(decoding: svg, as: UTF8.self).contains(">QR code of this site: https://www.pâtisserie-éclair.fr/</title>"))
    }

    /// What a QR reader finds in the drawing: rasterised by rsvg-convert and
    /// read by zbarimg, as `Tests/SiteCheck` reads the built site's qr.svg.
    /// The payload's bytes, as they are, with no guess at their encoding.
    static func decoded(_ svg: Data) throws -> Data {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let drawing = folder.appendingPathComponent("qr.svg")
        let image = folder.appendingPathComponent("qr.png")
        try svg.write(to: drawing)
        // Debian: librsvg2-bin and zbar-tools.
        try ExternalTool.output("/usr/bin/rsvg-convert", ["--width", "400", "--background-color", "white", "-o", image.path, drawing.path])
        let read = try ExternalTool.run("/usr/bin/zbarimg", ["--quiet", "--raw", "-Sbinary", image.path])
        try #require(read.status == 0, "zbarimg found no QR code: \(read)")
        return Data(read.stdout.utf8)
    }

    @Test("longer text needs a larger code")
    func larger() throws {
        let short = try drawing(try svg("https://a.fr/")).size
        let long = try drawing(try svg("https://www.boulangerie-martin.fr/" + String(repeating: "actualites/", count: 20))).size
        #expect(long > short)
        #expect(short == 21 + 8)
    }

    /// A reader gets the text's UTF-8 bytes back. The code has no ECI header
    /// naming UTF-8, so a reader that guesses another encoding shows other
    /// characters (zbarimg without -Sbinary shows "p璽tisserie"): the bytes are
    /// what the code holds.
    @Test("non-ASCII text is encoded as its UTF-8 bytes")
    func unicode() throws {
        let text = "https://www.pâtisserie-éclair.fr/"
        #expect(try Self.decoded(Data(try svg(text).utf8)) == Data(text.utf8))
    }
}
