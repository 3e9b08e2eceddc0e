import Foundation
import SiteGenCore

/// The size an SVG file is drawn at, for the `width` and `height` of its
/// `<img>`: its root element's `viewBox` when it has one (the proportions
/// the drawing was made in), else its `width` and `height` in pixels. Read
/// with Gumbo, an HTML5 parser, which reads SVG as browsers do inside a page.
struct VectorSize: Sendable, Equatable {
    var width: Int
    var height: Int

    /// Only the start of the file is parsed: the root element comes first.
    static let bytesRead = 16_384

    static func read(_ bytes: [UInt8]) -> VectorSize? {
        let tokens = HTMLTokens(parsing: Array(bytes.prefix(bytesRead)))
        guard let svg = tokens.tags.first(where: { $0.name == "svg" }) else { return nil }
        func attribute(_ name: String) -> String? { svg.attributes.first { $0.name == name }?.value }
        if let viewBox = attribute("viewbox") {
            let numbers = viewBox.split { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" }.compactMap { Double($0) }
            if numbers.count == 4, let size = size(numbers[2], numbers[3]) { return size }
        }
        guard let width = attribute("width").flatMap(pixels), let height = attribute("height").flatMap(pixels) else { return nil }
        return size(width, height)
    }

    /// `120`, `120px`; nil for other units (`10cm`, `100%`).
    private static func pixels(_ value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return Double(trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed)
    }

    private static func size(_ width: Double, _ height: Double) -> VectorSize? {
        guard width.isFinite, height.isFinite, width >= 1, height >= 1, width <= 100_000, height <= 100_000 else { return nil }
        return VectorSize(width: Int(width.rounded()), height: Int(height.rounded()))
    }
}
