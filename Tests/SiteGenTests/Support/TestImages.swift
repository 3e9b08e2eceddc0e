import Foundation

/// Photos made at test time with libvips' command-line tool and exiftool
/// (Debian's libvips-tools and libimage-exiftool-perl), rather than binary
/// files kept in the repository: each is made for what its test checks.
enum TestImages {
    struct ToolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs a tool and returns what it printed; throws when it fails.
    @discardableResult
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "\(name) \(arguments.joined(separator: " ")): \(String(decoding: stderr, as: UTF8.self))")
        }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// A photo-like image (grain on a gradient) of `width` x `height`, in the
    /// format of `url`'s extension; `alpha` adds a transparent half.
    static func photo(_ url: URL, width: Int, height: Int, alpha: Bool = false, options: String = "") throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-images-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        func file(_ name: String) -> String { work.appendingPathComponent(name).path }
        try tool("vips", ["gaussnoise", file("noise.v"), "\(width)", "\(height)", "--sigma=20", "--mean=0"])
        try tool("vips", ["xyz", file("xy.v"), "\(width)", "\(height)"])
        try tool("vips", ["extract_band", file("xy.v"), file("x.v"), "0"])
        try tool("vips", ["linear", file("x.v"), file("ramp.v"), "\(200.0 / Double(width))", "30"])
        try tool("vips", ["add", file("ramp.v"), file("noise.v"), file("grey.v")])
        try tool("vips", ["cast", file("grey.v"), file("grey8.v"), "uchar"])
        try tool("vips", ["linear", file("grey8.v"), file("green.v"), "0.8", "20"])
        try tool("vips", ["cast", file("green.v"), file("green8.v"), "uchar"])
        var bands = [file("grey8.v"), file("green8.v"), file("grey8.v")]
        if alpha {
            // Opaque on the left half, transparent on the right.
            try tool("vips", ["relational_const", file("x.v"), file("right.v"), "more", "\(width / 2)"])
            try tool("vips", ["invert", file("right.v"), file("alpha.v")])
            bands.append(file("alpha.v"))
        }
        try tool("vips", ["bandjoin", bands.joined(separator: " "), file("image.v")])
        try tool("vips", ["copy", file("image.v"), url.path + options])
    }

    /// Writes EXIF tags with exiftool (`-GPSLatitude=48.11`, `-Orientation#=6`).
    static func tag(_ url: URL, _ tags: [String]) throws {
        try tool("exiftool", ["-q", "-overwrite_original"] + tags + [url.path])
    }

    static let gpsTags = [
        "-GPSLatitude=48.1147", "-GPSLatitudeRef=N", "-GPSLongitude=1.6794", "-GPSLongitudeRef=W", "-Make=Apple", "-Model=iPhone 13",
    ]

    /// The metadata groups exiftool finds in each file (EXIF, GPS, XMP, IPTC),
    /// by file name; files without any are left out.
    static func metadata(of files: [URL]) throws -> [String: [String]] {
        guard !files.isEmpty else { return [:] }
        let json = try tool("exiftool", ["-j", "-G1", "-EXIF:all", "-GPS:all", "-XMP:all", "-IPTC:all"] + files.map(\.path))
        let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
        var found: [String: [String]] = [:]
        for entry in entries {
            let keys = entry.keys.filter { $0 != "SourceFile" }.sorted()
            guard !keys.isEmpty, let source = entry["SourceFile"] as? String else { continue }
            found[URL(fileURLWithPath: source).lastPathComponent] = keys
        }
        return found
    }

    /// A PNG of `width` x `height` pixels whose pixel data is a few bytes:
    /// only its header is valid, which is all a decompression bomb needs to
    /// be refused before any decoding.
    static func pngHeader(width: UInt32, height: UInt32) -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func chunk(_ type: String, _ body: [UInt8]) {
            let typed = Array(type.utf8) + body
            png.append(contentsOf: bigEndian(UInt32(body.count)))
            png.append(contentsOf: typed)
            png.append(contentsOf: bigEndian(crc32(typed)))
        }
        chunk("IHDR", bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0])
        chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])
        chunk("IEND", [])
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    /// PNG's CRC-32 (ISO 3309), bit by bit: a few dozen bytes are checked.
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
