import Foundation
import PackagePlugin

/// Embeds the default theme (`Templates/`) and the example site (`site-example/`)
/// into the SiteGen library as generated Swift source.
///
/// Every file is declared as an input, so an edit to a template or to the
/// example rebuilds the library; the list is made anew at every build, so
/// added and removed files are picked up too.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let packageDirectory = context.package.directoryURL
        let roots: [(name: String, directory: URL, skipping: Set<String>)] = [
            ("theme", packageDirectory.appending(path: "Templates"), []),
            // public/, the folders of a build in progress and the caches of
            // builds and checks (.sitegen/) are not part of the example, nor
            // kapsalon/, the second example business, which the tests build
            // from the repository (`init --example` gives the bakery alone).
            (
                "exampleSite", packageDirectory.appending(path: "site-example"),
                ["public", ".public.sitegen-new", ".public.sitegen-old", ".sitegen", "kapsalon"]
            ),
        ]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var arguments = [output.path()]
        var inputs: [URL] = []
        for root in roots {
            arguments += [root.name, root.directory.path()] + root.skipping.sorted().map { "--skip=\($0)" }
            inputs += Self.files(under: root.directory, skipping: root.skipping)
        }
        return [
            .buildCommand(
                displayName: "Embedding the theme and the example site",
                executable: try context.tool(named: "sitegen-embed").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private static func files(under directory: URL, skipping: Set<String>) -> [URL] {
        let manager = FileManager.default
        guard let relativePaths = try? manager.subpathsOfDirectory(atPath: directory.path()) else { return [] }
        return relativePaths.sorted().compactMap { relative in
            let firstComponent = relative.split(separator: "/").first.map(String.init) ?? relative
            if skipping.contains(firstComponent) { return nil }
            let url = directory.appending(path: relative)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path(), isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
            return url
        }
    }
}
