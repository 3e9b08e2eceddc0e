import Foundation
import SiteGenCore

/// Turns places in a page's Markdown body (line of the body, column in
/// bytes, as libcmark-gfm counts them) into positions in its file (line of
/// the file, column in characters, as editors count them).
///
/// Lines are found once, as far as asked, and columns counted on from the
/// previous position on the same line: a hostile page of 20,000 removed
/// attributes on one line took minutes when each message split and decoded
/// it. Nothing is copied: the photo step asks for the place of every image
/// of every page, at each of the preview's rebuilds.
struct MarkdownPositions {
    private let body: String
    private let file: String
    private let lineOffset: Int
    /// Where each line found so far starts, in bytes of the body.
    private var lineStarts = [0]
    /// Whether `lineStarts` holds every line.
    private var foundAllLines = false
    private var cursor = (line: 0, byte: 0, column: 1)

    init(_ page: Page) {
        body = page.body
        file = page.source?.displayPath ?? page.location.file
        lineOffset = page.bodyLineOffset
    }

    mutating func location(_ position: MarkdownPosition) -> SourceLocation {
        location(line: position.line, byteColumn: position.byteColumn)
    }

    mutating func location(line: Int, byteColumn: Int) -> SourceLocation {
        var body = body
        return body.withUTF8 { bytes in location(line: line, byteColumn: byteColumn, in: bytes) }
    }

    private mutating func location(line: Int, byteColumn: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        // Up to the start of the line after the one asked for, which is where it ends.
        while lineStarts.count <= line, !foundAllLines {
            if let newline = Self.newline(in: bytes, from: lineStarts[lineStarts.count - 1]) {
                lineStarts.append(newline + 1)
            } else {
                foundAllLines = true
            }
        }
        guard line >= 1, line <= lineStarts.count else { return SourceLocation(file: file, line: line + lineOffset, column: 1) }
        // cmark counts columns in bytes; editors count characters: every byte that starts one.
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let target = min(max(0, byteColumn - 1), end - start)
        if cursor.line != line || cursor.byte > target { cursor = (line, 0, 1) }
        for byte in bytes[(start + cursor.byte)..<(start + target)] where byte & 0xC0 != 0x80 { cursor.column += 1 }
        cursor.byte = target
        return SourceLocation(file: file, line: line + lineOffset, column: cursor.column)
    }

    /// The offset of the first line feed at or after `from`. `memchr`: the
    /// photo step looks through the whole text of every page with images.
    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let base = bytes.baseAddress, from < bytes.count,
            let found = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from)
        else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
}
