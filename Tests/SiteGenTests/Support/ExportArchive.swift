import Foundation
import Synchronization

/// Platform exports for the import tests, made at test time in a temporary
/// folder: zips with Python's `zipfile` and tars with its `tarfile`, so that
/// hostile entries are written exactly as an attacker would write them
/// (names that leave the archive, links, duplicate or non-UTF-8 names,
/// bombs), plus a small valid Instagram export to hide them in.
enum ExportArchive {
    enum Content {
        case bytes(Data)
        /// `count` zero bytes, streamed (deflated in a zip, gzipped in a tar.gz):
        /// a bomb when `count` is large, declared honestly in the headers.
        case zeros(Int64)
        case symlink(to: String)
        /// Tar only: a hard link to another name (inside the archive or not).
        case hardlink(to: String)
        case directory
    }

    struct Entry {
        /// The name's exact bytes, as written in the archive's headers.
        var name: [UInt8]
        var content: Content

        static func file(_ name: String, _ data: Data) -> Entry { Entry(name: Array(name.utf8), content: .bytes(data)) }
        static func file(_ name: String, _ text: String) -> Entry { file(name, Data(text.utf8)) }
        static func zeros(_ name: String, count: Int64) -> Entry { Entry(name: Array(name.utf8), content: .zeros(count)) }
        static func symlink(_ name: String, to target: String) -> Entry { Entry(name: Array(name.utf8), content: .symlink(to: target)) }
        static func hardlink(_ name: String, to target: String) -> Entry { Entry(name: Array(name.utf8), content: .hardlink(to: target)) }
        static func directory(_ name: String) -> Entry { Entry(name: Array(name.utf8), content: .directory) }
    }

    enum Format: String {
        case zip, tar
        case tarGzip = "tar.gz"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    // MARK: - A valid Instagram export

    struct Post {
        var caption: String
        var timestamp: Int
        /// `media/posts/202405/x.jpg`, as the posts file names them.
        var media: [String]
    }

    static let postsPath = "your_instagram_activity/media/posts_1.json"
    static let profilePath = "personal_information/personal_information/personal_information.json"

    /// Three public posts of a bakery, each with its photo.
    static let bakeryPosts = [
        Post(caption: "Fresh rye this morning", timestamp: 1_714_800_000, media: ["media/posts/202405/rye.jpg"]),
        Post(caption: "Croissants are back", timestamp: 1_715_000_000, media: ["media/posts/202405/croissant.jpg"]),
        Post(caption: "Closed on Monday #holiday", timestamp: 1_715_200_000, media: ["media/posts/202405/sign.jpg"]),
    ]

    /// The posts file of an Instagram export (2025 layout).
    static func postsJSON(_ posts: [Post]) -> Data {
        let array: [[String: Any]] = posts.map { post in
            [
                "media": post.media.map { ["uri": $0, "creation_timestamp": post.timestamp, "title": ""] },
                "title": post.caption,
                "creation_timestamp": post.timestamp,
            ]
        }
        return try! JSONSerialization.data(withJSONObject: array, options: [.sortedKeys])
    }

    static func profileJSON(username: String, isPrivate: Bool = false) -> Data {
        let profile: [String: Any] = [
            "profile_user": [
                [
                    "string_map_data": [
                        "Username": ["value": username],
                        "Private Account": ["value": isPrivate ? "True" : "False"],
                    ]
                ]
            ]
        ]
        return try! JSONSerialization.data(withJSONObject: profile, options: [.sortedKeys])
    }

    /// The entries of a valid export: the profile, the posts file, and a
    /// real JPEG for every media file of the posts, except those named in
    /// `without` (for a test to put a hostile entry in their place).
    static func instagram(_ posts: [Post] = bakeryPosts, username: String = "bakery", without: Set<String> = []) throws -> [Entry] {
        var entries = [Entry.file(profilePath, profileJSON(username: username)), Entry.file(postsPath, postsJSON(posts))]
        let jpeg = try smallJPEG()
        for post in posts {
            for media in post.media where !without.contains(media) { entries.append(.file(media, jpeg)) }
        }
        return entries
    }

    private static let jpeg = Mutex<Data?>(nil)

    /// A 16 x 16 JPEG made with libvips (as `TestImages` makes photos), once per test run.
    static func smallJPEG() throws -> Data {
        if let made = jpeg.withLock({ $0 }) { return made }
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let file = folder.appendingPathComponent("small.jpg")
        try TestImages.photo(file, width: 16, height: 16)
        let data = try Data(contentsOf: file)
        jpeg.withLock { $0 = data }
        return data
    }

    // MARK: - Writing archives and folders

    /// Writes `entries` as an archive at `url`, in their order.
    static func write(_ entries: [Entry], to url: URL, as format: Format) throws {
        let work = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(work) }
        var manifest: [[String: Any]] = []
        for (index, entry) in entries.enumerated() {
            var item: [String: Any] = ["name": entry.name.map { String(format: "%02x", $0) }.joined()]
            switch entry.content {
            case .bytes(let data):
                let file = work.appendingPathComponent("entry-\(index)")
                try data.write(to: file)
                item["kind"] = "file"
                item["path"] = file.path
            case .zeros(let count):
                item["kind"] = "zeros"
                item["count"] = count
            case .symlink(let target):
                item["kind"] = "symlink"
                item["target"] = target
            case .hardlink(let target):
                item["kind"] = "hardlink"
                item["target"] = target
            case .directory:
                item["kind"] = "directory"
            }
            manifest.append(item)
        }
        let manifestFile = work.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestFile)
        let script = work.appendingPathComponent("write.py")
        try Data(pythonScript.utf8).write(to: script)
        try TestImages.tool("python3", [script.path, format.rawValue, manifestFile.path, url.path])
    }

    /// Writes `entries` as an unpacked export below `folder`; links are made
    /// as real symbolic links, names as their bytes (no hard links here).
    static func unpack(_ entries: [Entry], into folder: URL) throws {
        for entry in entries {
            let path = folder.path + "/" + String(decoding: entry.name, as: UTF8.self)
            let parent = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            switch entry.content {
            case .bytes(let data): try data.write(to: URL(fileURLWithPath: path))
            case .zeros(let count): try Data(count: Int(count)).write(to: URL(fileURLWithPath: path))
            case .symlink(let target): try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
            case .directory: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            case .hardlink: throw Failure(description: "hard links are for tars only")
            }
        }
    }

    /// Cuts the file at `url` to the given share of its length, as an
    /// interrupted download leaves it.
    static func truncate(_ url: URL, keeping share: Double) throws {
        let data = try Data(contentsOf: url)
        try data.prefix(Int(Double(data.count) * share)).write(to: url)
    }

    static func truncate(_ url: URL, toBytes count: Int) throws {
        try Data(contentsOf: url).prefix(count).write(to: url)
    }

    /// Reads a manifest of entries (names in hex, so that any bytes can be
    /// written) and writes them as a zip or a tar with nothing normalised.
    private static let pythonScript = #"""
        import json, sys, tarfile, zipfile, io, warnings

        fmt, manifest_path, out = sys.argv[1], sys.argv[2], sys.argv[3]
        entries = json.load(open(manifest_path))
        warnings.simplefilter("ignore")  # zipfile warns of duplicate names; they are the point
        CHUNK = b"\0" * (1 << 20)

        class RawName(zipfile.ZipInfo):
            """A zip entry whose name is written as these exact bytes, the UTF-8 flag unset."""
            def __init__(self, raw, **kwargs):
                super().__init__(raw.decode("latin-1"), **kwargs)
                self.raw = raw
            def _encodeFilenameFlags(self):
                return self.raw, self.flag_bits & ~0x800

        class Zeros(io.RawIOBase):
            def __init__(self, count):
                self.left = count
            def readable(self):
                return True
            def readinto(self, buffer):
                n = min(len(buffer), self.left)
                buffer[:n] = b"\0" * n
                self.left -= n
                return n

        def raw_name(entry):
            return bytes.fromhex(entry["name"])

        def write_zip():
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
                for entry in entries:
                    raw = raw_name(entry)
                    try:
                        raw.decode("ascii")
                        info = zipfile.ZipInfo(raw.decode("ascii"), date_time=(2024, 5, 4, 12, 0, 0))
                    except UnicodeDecodeError:
                        info = RawName(raw, date_time=(2024, 5, 4, 12, 0, 0))
                    info.create_system = 3
                    info.compress_type = zipfile.ZIP_DEFLATED
                    kind = entry["kind"]
                    if kind == "file":
                        info.external_attr = 0o100644 << 16
                        zf.writestr(info, open(entry["path"], "rb").read())
                    elif kind == "zeros":
                        info.external_attr = 0o100644 << 16
                        with zf.open(info, "w", force_zip64=True) as stream:
                            left = entry["count"]
                            while left > 0:
                                n = min(left, len(CHUNK))
                                stream.write(CHUNK[:n])
                                left -= n
                    elif kind == "symlink":
                        info.external_attr = 0o120777 << 16
                        info.compress_type = zipfile.ZIP_STORED
                        zf.writestr(info, entry["target"])
                    elif kind == "directory":
                        info.external_attr = (0o040755 << 16) | 0x10
                        zf.writestr(info, b"")
                    else:
                        raise SystemExit("a zip has no " + kind)

        def write_tar(mode):
            options = {"compresslevel": 6} if mode == "w:gz" else {}
            with tarfile.open(out, mode, format=tarfile.GNU_FORMAT, encoding="utf-8", errors="surrogateescape", **options) as tf:
                for entry in entries:
                    info = tarfile.TarInfo(raw_name(entry).decode("utf-8", "surrogateescape"))
                    info.mtime = 1714824000
                    kind = entry["kind"]
                    if kind == "file":
                        data = open(entry["path"], "rb").read()
                        info.size = len(data)
                        tf.addfile(info, io.BytesIO(data))
                    elif kind == "zeros":
                        info.size = entry["count"]
                        tf.addfile(info, io.BufferedReader(Zeros(entry["count"]), 1 << 20))
                    elif kind == "symlink":
                        info.type = tarfile.SYMTYPE
                        info.linkname = entry["target"]
                        tf.addfile(info)
                    elif kind == "hardlink":
                        info.type = tarfile.LNKTYPE
                        info.linkname = entry["target"]
                        tf.addfile(info)
                    elif kind == "directory":
                        info.type = tarfile.DIRTYPE
                        info.mode = 0o755
                        tf.addfile(info)

        if fmt == "zip":
            write_zip()
        elif fmt == "tar":
            write_tar("w")
        else:
            write_tar("w:gz")
        """#
}
