import CQREncode
import Foundation

/// `qr.svg`: the home page's address as a QR code, for flyers and cards,
/// encoded by libqrencode and drawn as one SVG path with the four-module quiet
/// zone the standard asks for.
struct QRCodeGenerator {
    var text: String
    var title: String

    static let quietZone = 4

    func generate() -> String? {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        let size = width + 2 * Self.quietZone
        var path = ""
        for row in 0..<width {
            var column = 0
            while column < width {
                // Runs of dark modules on a row become one rectangle.
                guard code.pointee.data[row * width + column] & 1 == 1 else {
                    column += 1
                    continue
                }
                var end = column
                while end + 1 < width, code.pointee.data[row * width + end + 1] & 1 == 1 { end += 1 }
                path += "M\(column + Self.quietZone) \(row + Self.quietZone)h\(end - column + 1)v1h-\(end - column + 1)z"
                column = end + 1
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(size) \(size)" width="\(size * 8)" height="\(size * 8)" shape-rendering="crispEdges" role="img" aria-labelledby="title">
            <title id="title">\(HTMLEscaping.text(title))</title>
            <rect width="\(size)" height="\(size)" fill="#fff"/>
            <path fill="#000" d="\(path)"/>
            </svg>

            """
    }
}
