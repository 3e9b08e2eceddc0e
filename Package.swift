// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        // The engine with the modules its API and the CLI's commands stand on.
        .library(
            name: "SiteGen", targets: ["SiteGenCore", "SiteGenManifest", "SiteGenFetch", "SiteGen", "SiteGenImport", "SiteGenDeploy"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CQREncode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // libcurl for every fetch from the network: hard deadlines, byte
        // limits counted after decompression, and exact error codes.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // Gumbo, an HTML5 parser, for HTML that sitegen did not write (raw
        // HTML in Markdown, profile pages read by `verify`).
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        // zlib, to weigh a page as a browser downloads it (gzip), for
        // `sitegen check`'s home page budget.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libvips, for every photo the site publishes: resized variants in
        // AVIF, WebP and JPEG or PNG, metadata removed, social previews.
        // pkg-config is asked for GObject's flags, not libvips' own: those
        // add `-pthread`, which SwiftPM refuses with a warning on every
        // build. libvips' headers are in /usr/include, and the module map
        // links the library.
        .systemLibrary(
            name: "CVips",
            pkgConfig: "gobject-2.0",
            providers: [.apt(["libvips-dev"])]
        ),
        // libarchive, to read the data exports that platforms give (zip,
        // tar, tar.gz) as a stream, entry by entry, for `sitegen import`.
        .systemLibrary(
            name: "CArchive",
            pkgConfig: "libarchive",
            providers: [.apt(["libarchive-dev"])]
        ),
        // Turns Templates/ and site-example/ into Swift source, so that the
        // binary carries its theme and example site and works when copied alone.
        .executableTarget(name: "sitegen-embed", path: "Sources/sitegen-embed"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["sitegen-embed"]
        ),
        // What every other module stands on: diagnostics, YAML reading, HTML
        // reading (Gumbo), the file-system and clock seams, and the plain
        // values (dates, web addresses, text fields) that the engine and the
        // manifest share.
        .target(
            name: "SiteGenCore",
            dependencies: [
                "CGumbo",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // links.yml: its loader, and the editor behind `press` and `profile`
        // that changes the file as text (its structure, item ends, quoting).
        .target(
            name: "SiteGenManifest",
            dependencies: [
                "SiteGenCore",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // What `press add --fetch` needs from the network: the HTTP transport
        // (libcurl), an article's title, outlet, date and language from its
        // HTML, and the Wayback Machine's archive lookup.
        .target(
            name: "SiteGenFetch",
            dependencies: [
                "SiteGenCore",
                "CCurl",
            ]
        ),
        // The engine: load, plan and render a site (content, Markdown,
        // templates, views, presence, generators, output, preview rebuilds).
        // It reads links.yml through SiteGenManifest and never fetches.
        .target(
            name: "SiteGen",
            dependencies: [
                "SiteGenCore",
                "SiteGenManifest",
                "CCmarkGFM",
                "CQREncode",
                "CGumbo",
                "CZlib",
                "CVips",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedResources"]
        ),
        // `sitegen import`: a platform's data export (Mastodon, Instagram,
        // Facebook, X, WordPress) read safely and turned into pages and
        // photos of the site, public posts only, each once.
        .target(
            name: "SiteGenImport",
            dependencies: [
                "SiteGenCore",
                "SiteGenManifest",
                "SiteGen",
                "CArchive",
                "CVips",
            ]
        ),
        // `sitegen deploy`: deploy.yml, the list of what sitegen published on
        // each host, and the plan of what to upload and remove, carried out
        // by the field's own tools (OpenSSH's sftp, rsync, lftp, git).
        .target(
            name: "SiteGenDeploy",
            dependencies: [
                "SiteGenCore",
                "SiteGen",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // The preview server of `sitegen serve`: HTTP, file watching, live reload.
        .target(
            name: "SiteGenServer",
            dependencies: [
                "SiteGenCore",
                "SiteGen",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: [
                "SiteGenCore",
                "SiteGenManifest",
                "SiteGenFetch",
                "SiteGen",
                "SiteGenServer",
                "SiteGenImport",
                "SiteGenDeploy",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SiteGenTests",
            // The CLI tests run the built `sitegen` binary, so it must be built first.
            dependencies: [
                "SiteGenCore", "SiteGenManifest", "SiteGenFetch", "SiteGen", "SiteGenServer", "SiteGenImport", "SiteGenDeploy", "sitegen",
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
