// swift-tools-version: 6.0
// Fuzz targets for sitegen's parsers of untrusted text, run with libFuzzer by
// `Fuzz/run` (not in CI: a fuzzing run is a benchmark-style job of its own).
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone is called.
let sitegen = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let targets = ["front-matter", "links-manifest", "links-editor", "markdown-links"]

let package = Package(
    name: "sitegen-fuzz",
    dependencies: [.package(path: "..")],
    targets: [.target(name: "CFuzzerDriver")]
        + targets.map { name in
            .executableTarget(
                name: "fuzz-\(name)",
                dependencies: ["CFuzzerDriver", .product(name: "SiteGen", package: sitegen)],
                path: "Sources/fuzz-\(name)"
            )
        },
    swiftLanguageModes: [.v6]
)
