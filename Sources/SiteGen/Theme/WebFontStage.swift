import Foundation
import SiteGenCore
import Synchronization

/// The build's font step: the fonts site.yml's `theme:` chose, each weight
/// subset to the site's characters and made into WOFF2, or taken from the
/// cache. Every problem is an error at the key that chose the font: a name
/// the catalogue does not have, a Debian package or fontTools not installed.
enum WebFontStage {
    static let toolPackages = "fonttools python3-fonttools python3-brotli"

    static func make(_ config: SiteConfig, _ environment: BuildEnvironment, catalogue: WebFontCatalogue = .debian) -> WebFonts? {
        let siteFile = environment.display("site.yml")
        let (selection, errors) = FontSelection.choose(
            config.theme, language: config.language, otherLanguages: config.otherLanguages, catalogue: catalogue, siteFile: siteFile)
        guard errors.isEmpty else {
            environment.log.report(errors)
            return nil
        }
        let faces = selection.faces
        guard !faces.isEmpty else { return WebFonts(selection: selection, files: [:]) }
        let locations = config.theme.locations
        let location: @Sendable (FontFace) -> SourceLocation = { locations[$0.key] ?? SourceLocation(file: siteFile) }

        var sources: [(face: FontFace, url: URL, identity: FileIdentity)] = []
        var missingPackages: Set<String> = []
        for face in faces {
            if let url = face.source, let identity = FileIdentity.of(url.path) {
                sources.append((face, url, identity))
            } else if missingPackages.insert(face.font.package).inserted {
                environment.log.report(
                    .error(
                        at: location(face),
                        "theme.\(face.key): \(face.font.name) needs Debian's \(face.font.package) package: sudo apt-get install \(face.font.package)"
                    ))
            }
        }
        guard missingPackages.isEmpty else { return nil }
        guard let tool = environment.fontSubsetter.version() else {
            environment.log.report(
                .error(
                    at: location(faces[0]),
                    "theme.\(faces[0].key): making \(faces[0].font.name) into a web font needs fontTools: sudo apt-get install \(toolPackages)"))
            return nil
        }

        let cache = FontCache(siteDirectory: environment.siteDirectory, fileSystem: environment.fileSystem)
        let lock = CacheFolder.lock(
            cache.folder, lockFile: cache.lockFile, name: "font cache", remade: "the fonts are made again at every build", environment)
        defer { lock?.release() }

        let jobs = sources.map { source in
            (
                face: source.face, font: source.url,
                entry: cache.entry(for: source.face, source: source.identity, path: source.url.path, characters: selection.characters, tool: tool)
            )
        }
        let useCache = lock != nil
        let made = Mutex<[String: Data]>([:])
        // The first build of a site runs fontTools once a file, about a second each: side by side.
        DispatchQueue.concurrentPerform(iterations: jobs.count) { position in
            let job = jobs[position]
            if useCache, let data = cache.read(job.entry) {
                made.withLock { $0[job.face.outputPath] = data }
                return
            }
            let data: Data
            do throws(FontSubsetError) {
                data = try environment.fontSubsetter.subset(job.font, selection.characters)
            } catch {
                environment.log.report(
                    .error(
                        at: location(job.face),
                        "theme.\(job.face.key): cannot make the web font of \(job.face.font.name) (\(job.face.weight)): \(error.message)"))
                return
            }
            made.withLock { $0[job.face.outputPath] = data }
            if useCache { try? cache.store(data, at: job.entry) }
        }
        let files = made.withLock { $0 }
        guard files.count == faces.count else { return nil }
        if useCache { cache.prune(keeping: Set(jobs.map(\.entry))) }
        return WebFonts(selection: selection, files: files)
    }
}
