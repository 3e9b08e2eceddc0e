import Foundation
import SiteGenCore
import Synchronization

/// The build's two image steps. Before the pages, every raster image of
/// `static/` is catalogued (its content hash and header, from the cache's
/// index when the file did not change), so that pages can be written with
/// `<picture>`, sizes and the variants' addresses. After the pages, what
/// the site uses of each image is made (or taken from the cache) and put in
/// the output, one image per core, and the cache is pruned.
enum ImageStage {
    /// Reads the header and hash of every raster file of `static/`.
    static func catalog(_ staticFiles: [String], _ environment: BuildEnvironment) -> ImageCatalog {
        let raster = staticFiles.filter { path in
            ImageFormat.isRaster(path) { firstBytes(environment.siteFile("static/" + path), environment) }
        }
        let vectors = staticFiles.filter { $0.lowercased().hasSuffix(".svg") }
        guard !raster.isEmpty || !vectors.isEmpty else { return ImageCatalog() }
        let previous = ImageCache(siteDirectory: environment.siteDirectory, fileSystem: environment.fileSystem).readIndex()
        let found = Mutex(ImageCatalog())
        DispatchQueue.concurrentPerform(iterations: raster.count) { position in
            let path = raster[position]
            let file = environment.siteFile("static/" + path)
            switch read(file, previous: previous.files[path], environment) {
            case .success(let record):
                found.withLock {
                    $0.entries[path] = ImageCatalog.Entry(hash: record.hash, header: record.header)
                    $0.index.files[path] = record
                }
            case .failure(let problem):
                found.withLock { $0.problems[path] = problem }
            }
        }
        var catalog = found.withLock { $0 }
        for path in vectors {
            guard let data = try? environment.fileSystem.read(environment.siteFile("static/" + path)) else { continue }
            catalog.vectors[path] = VectorSize.read(Array(data.prefix(VectorSize.bytesRead)))
        }
        return catalog
    }

    /// The first 16 bytes of a file, read alone from the disk (a video or an
    /// archive of static/ is not read whole at every build).
    private static func firstBytes(_ file: URL, _ environment: BuildEnvironment) -> [UInt8] {
        if let handle = FileHandle(forReadingAtPath: file.path) {
            defer { try? handle.close() }
            return [UInt8]((try? handle.read(upToCount: 16)) ?? Data())
        }
        return Array(((try? environment.fileSystem.read(file)) ?? Data()).prefix(16))
    }

    /// The record of `file`: the previous one while the file is unchanged,
    /// else a new one. Files of a file system that is not the disk (the
    /// tests') have no identity and are always read.
    private static func read(_ file: URL, previous: ImageIndex.Record?, _ environment: BuildEnvironment) -> Result<ImageIndex.Record, ImageError> {
        let identity = FileIdentity.of(file.path)
        if let previous, let identity, previous.identity == identity { return .success(previous) }
        let data: Data
        do {
            data = try environment.fileSystem.read(file)
        } catch {
            return .failure(ImageError(message: "cannot read the file: \(error.localizedDescription)"))
        }
        return VipsImaging.header(of: data).map { ImageIndex.Record(identity: identity, hash: ContentHash.sha256(data), header: $0) }
    }

    /// Makes or reuses what the site uses of each image, puts it in the
    /// output, and reports each image that cannot be read at every place
    /// that uses it. `prune` (full builds) removes cache entries this build
    /// did not use. `besides`, for the preview's small rebuilds, is the
    /// folder being served: files it already has are not put again.
    static func publish(
        _ inputs: SiteInputs, _ plan: SitePlan, _ rendered: PageRenderer.Result, into output: OutputDirectory,
        _ environment: BuildEnvironment, prune: Bool, besides served: ServedFolder? = nil
    ) throws -> ImageWork {
        let catalog = inputs.images
        guard !catalog.entries.isEmpty || !catalog.problems.isEmpty else { return ImageWork() }
        let uses = ImageUses.found(inputs, plan, rendered, environment, pages: served?.rebuiltPages)
        for (path, problem) in catalog.problems.sorted(by: { $0.key < $1.key }) {
            report(problem, of: path, at: uses.locations(of: path), environment)
        }

        /// Whether a preview's small rebuild can leave the image at `path` as it is (see `ServedFolder`).
        @Sendable func isServed(_ path: String) -> Bool {
            served != nil && !uses.mention(path)
        }
        // A preview's small rebuild: when the served folder already has every
        // file the pages need, the usual case after a text edit, the cache and
        // its index are not even opened.
        if let served {
            let missing = catalog.entries.contains { path, entry in
                guard !isServed(path) else { return false }
                let image = ResponsiveImage(path: path, entry: entry)
                return uses.products(of: path, image).contains {
                    environment.fileSystem.kind(served.url.appendingPathComponent(image.path(of: $0))) != .file
                }
            }
            if !missing { return ImageWork() }
        }

        let cache = ImageCache(siteDirectory: environment.siteDirectory, fileSystem: environment.fileSystem)
        let lock = CacheFolder.lock(
            cache.folder, lockFile: cache.lockFile, name: "photo cache", remade: "every photo is processed at every build", environment)
        defer { lock?.release() }
        // Read again under the lock: another build may have written entries since this one began.
        let recorded = lock == nil ? [:] : cache.readIndex().entries

        let work = Mutex(ImageWork())
        let usedEntries = Mutex<Set<URL>>([])
        let stored = Mutex<[String: FileIdentity]>([:])
        let failed = Mutex<Set<String>>([])
        let images = catalog.entries.keys.sorted()
        DispatchQueue.concurrentPerform(iterations: images.count) { position in
            let path = images[position]
            guard let entry = catalog.entries[path], !isServed(path) else { return }
            let image = ResponsiveImage(path: path, entry: entry)
            var products = uses.products(of: path, image)
            if let served {
                products.removeAll { environment.fileSystem.kind(served.url.appendingPathComponent(image.path(of: $0))) == .file }
                if products.isEmpty { return }
            }
            // A file of static/ may already have the name of a variant (copied from a published site).
            if let clash = products.first(where: { $0 != .original && plan.outputPaths.contains(image.path(of: $0)) }) {
                failed.withLock { _ = $0.insert(path) }
                environment.log.report(
                    .error(
                        at: SourceLocation(file: environment.display("static/" + image.path(of: clash))),
                        "this file has the name sitegen gives a smaller copy of \(path); rename or remove it"))
                return
            }
            let entries = Dictionary(uniqueKeysWithValues: products.map { ($0, cache.entry(hash: entry.hash, $0, header: entry.header)) })
            let missing = products.filter { product in
                let entry = entries[product]!
                return lock == nil || !cache.isIntact(entry, recorded: recorded[cache.name(of: entry)])
            }
            var made: [ImageProduct: Data] = [:]
            if !missing.isEmpty {
                let source: Data
                do {
                    source = try environment.fileSystem.read(environment.siteFile("static/" + path))
                } catch {
                    failed.withLock { _ = $0.insert(path) }
                    report(
                        ImageError(message: "cannot read the file: \(error.localizedDescription)"), of: path, at: uses.locations(of: path),
                        environment)
                    return
                }
                switch VipsImaging.make(missing, from: source, header: entry.header) {
                case .success(let data):
                    made = data
                case .failure(let problem):
                    failed.withLock { _ = $0.insert(path) }
                    report(problem, of: path, at: uses.locations(of: path), environment)
                    return
                }
            }
            do {
                for product in products {
                    let target = image.path(of: product)
                    if let data = made[product] {
                        do {
                            guard lock != nil else { throw CocoaError(.fileWriteNoPermission) }
                            let entry = entries[product]!
                            let identity = try cache.store(data, at: entry)
                            stored.withLock { $0[cache.name(of: entry)] = identity }
                        } catch {
                            try output.write(data, to: target)
                            continue
                        }
                    }
                    try output.link(entries[product]!, to: target)
                }
            } catch {
                environment.log.report(
                    .error(at: SourceLocation(file: output.target.path), "cannot write the files of \(path): \(error.localizedDescription)"))
            }
            usedEntries.withLock { $0.formUnion(entries.values) }
            work.withLock {
                $0.images += 1
                $0.processed += missing.isEmpty ? 0 : 1
                $0.made += missing.count
                $0.reused += products.count - missing.count
            }
        }

        guard lock != nil else { return work.withLock { $0 } }
        var index = catalog.index
        for path in failed.withLock({ $0 }) { index.files[path] = nil }
        index.entries = recorded.merging(stored.withLock { $0 }) { _, new in new }
        if prune {
            let used = Set(usedEntries.withLock { $0 }.map(cache.name(of:)))
            index.entries = index.entries.filter { used.contains($0.key) }
        }
        do {
            try cache.writeIndex(index)
        } catch {
            environment.log.report(
                .warning(
                    at: SourceLocation(file: environment.options.display(cache.folder)),
                    "cannot write the image cache's index (\(error.localizedDescription)); the next build reads every photo again"))
        }
        if prune, !environment.log.hasErrors { cache.prune(keeping: usedEntries.withLock { $0 }) }
        return work.withLock { $0 }
    }

    private static func report(_ problem: ImageError, of path: String, at locations: [SourceLocation], _ environment: BuildEnvironment) {
        let places = locations.isEmpty ? [SourceLocation(file: environment.display("static/" + path))] : locations
        for place in places { environment.log.report(.error(at: place, "\(path): \(problem.message)")) }
    }
}
