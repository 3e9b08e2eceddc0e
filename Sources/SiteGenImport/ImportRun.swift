import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// `sitegen import`: reads a platform's export in two passes (its posts
/// files, then only the photos and videos of the posts chosen), and writes
/// one page per new public post, with its media cleaned of metadata, into
/// the site. It only ever creates files; the import ledger records them.
public struct ImportRun: Sendable {
    public var options: ImportOptions

    public init(options: ImportOptions) {
        self.options = options
    }

    public func run(progress: @escaping (ImportProgress) -> Void = { _ in }) throws -> ImportSummary {
        let site = options.siteDirectory
        guard FileManager.default.fileExists(atPath: site + "/site.yml") else { throw ImportError.siteMissing(site) }
        try SectionName.check(options.section)
        let language = SiteLanguage.read(siteDirectory: site)
        let source = try ExportSource(paths: options.exportPaths, limits: options.limits)
        let format = ExportFormats.format(for: options.platform, options: options)

        progress(ImportProgress(stage: .reading, postsDone: 0, postsTotal: 0, bytesDone: 0))
        let listing = try readDocuments(of: source, format: format)
        let reading = try format.read(listing)

        var summary = ImportSummary(platform: options.platform, section: options.section, dryRun: options.dryRun)
        summary.notes = reading.notes
        summary.passedOver = listing.passedOver
        summary.accountAddress = reading.account?.address
        summary.skipped = reading.skipped.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) }

        var lock: FileLock?
        if !options.dryRun {
            try FileManager.default.createDirectory(atPath: site + "/.sitegen", withIntermediateDirectories: true)
            lock = FileLock(path: site + "/.sitegen/imports.lock")
            try lock?.acquire()
        }
        defer { lock?.release() }

        var ledger = try ImportLedger.load(siteDirectory: site)
        let sectionFolder = site + "/content/" + options.section
        let choice = ImportChoice(
            options: options, language: language, ledger: ledger,
            section: SectionContents(folder: sectionFolder), top: SectionContents(folder: site + "/content"))
        let plans = choice.choose(reading.posts, into: &summary)

        var wanted: [String: Int64] = [:]
        for plan in plans {
            for media in plan.post.media {
                if case .export(let path) = media.origin { wanted[path] = listing.sizes[path] ?? 0 }
            }
        }
        if options.dryRun {
            for plan in plans {
                let photos = plan.post.media.filter { $0.kind == .photo }
                let videos = plan.post.media.count - photos.count
                summary.posts.append(Self.summaryPost(plan, photos: photos.count, videos: videos))
                summary.photos += photos.count
                summary.videos += videos
                if photos.contains(where: { ($0.alt ?? "").isEmpty }) { summary.pagesWithoutAlt.append(plan.file) }
            }
            summary.mediaBytes = wanted.values.reduce(0, +)
            summary.imagesToBring = Self.addressMedia(plans, mediaDirectory: options.mediaDirectory)
            return summary
        }

        let work = try WorkFolder(siteDirectory: site)
        defer { work.remove() }
        var copied: [String: String] = [:]
        var bytesCopied: Int64 = 0
        if !wanted.isEmpty {
            var number = 0
            try source.scan(
                ExportScanner(
                    action: { entry in
                        guard wanted[entry.path] != nil, copied[entry.path] == nil else { return .skip }
                        number += 1
                        return .copy(to: work.path + "/\(number)", limit: options.limits.maximumMediaBytes)
                    },
                    deliver: { entry, content in
                        if case .file(let path, let bytes) = content {
                            copied[entry.path] = path
                            bytesCopied += bytes
                            progress(ImportProgress(stage: .reading, postsDone: 0, postsTotal: plans.count, bytesDone: bytesCopied))
                        }
                    },
                    passOver: { _, _ in }))
        }

        let writer = PostWriter(
            siteDirectory: site, section: options.section, language: language, mediaDirectory: options.mediaDirectory,
            maximumPhotoBytes: options.limits.maximumMediaBytes, work: work)
        if !plans.isEmpty { try writer.prepareFolders() }
        var bytesWritten: Int64 = 0
        do {
            for (index, plan) in plans.enumerated() {
                let written = try writer.write(plan, copied: copied)
                summary.posts.append(Self.summaryPost(plan, photos: written.photos, videos: written.videos))
                summary.photos += written.photos
                summary.videos += written.videos
                summary.mediaBytes += written.bytes
                summary.missingMedia += written.missing
                summary.imagesToBring += written.toBring
                if written.lacksAlt { summary.pagesWithoutAlt.append(plan.file) }
                ledger.posts[ImportLedger.key(plan.post.platform, plan.post.key)] = written.entry
                bytesWritten += written.bytes
                progress(ImportProgress(stage: .writing, postsDone: index + 1, postsTotal: plans.count, bytesDone: bytesWritten))
                // A crash loses at most the last few entries, and the pages' own
                // `imported_from:` still keeps their posts from coming twice.
                if index % 50 == 49 { try ledger.save(siteDirectory: site) }
            }
        } catch {
            // The pages written so far stay, and the ledger says so.
            try? ledger.save(siteDirectory: site)
            throw error
        }
        if !plans.isEmpty { try ledger.save(siteDirectory: site) }
        return summary
    }

    /// Pass one: every file's path and size, and the posts files read into memory.
    private func readDocuments(of source: ExportSource, format: some ExportFormat) throws -> ExportListing {
        var listing = ExportListing()
        try source.scan(
            ExportScanner(
                action: { entry in
                    listing.sizes[entry.path] = entry.declaredSize ?? 0
                    return format.isDocument(entry.path) ? .read(limit: options.limits.maximumDocumentBytes) : .skip
                },
                deliver: { entry, content in
                    if case .data(let data) = content { listing.documents[entry.path] = [UInt8](data) }
                },
                passOver: { name, reason in listing.passedOver.append("\(name): \(reason)") }))
        return listing
    }

    private static func summaryPost(_ plan: PostPlan, photos: Int, videos: Int) -> ImportSummary.Post {
        ImportSummary.Post(
            title: plan.title, file: plan.file, published: plan.post.published, photos: photos, videos: videos, isDraft: plan.post.isDraft)
    }

    /// The addresses of WordPress images that `--media-dir` does not hold.
    private static func addressMedia(_ plans: [PostPlan], mediaDirectory: String?) -> [String] {
        plans.flatMap { plan in
            plan.post.media.compactMap { media -> String? in
                guard case .address(let address) = media.origin else { return nil }
                if let mediaDirectory, UploadsPath.file(for: address, in: mediaDirectory) != nil { return nil }
                return address
            }
        }
    }
}
