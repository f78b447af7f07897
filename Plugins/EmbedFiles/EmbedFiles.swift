import Foundation
import PackagePlugin

/// Builds the shipped rubrics and report templates into the binary (SPEC §4: an installed
/// binary needs no checkout). Every file under `Rubrics/` and `Reports/` becomes an entry
/// of `EmbeddedFiles.contents`, byte for byte.
@main
struct EmbedFiles: BuildToolPlugin {
    static let folders = ["Rubrics", "Reports"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        // The files (their contents) and the folders (a file added or removed changes
        // them): the build planned now must notice both later.
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            inputs.append(base)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
                if values?.isRegularFile == true || values?.isDirectory == true { inputs.append(url) }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding the files of \(Self.folders.joined(separator: " and "))",
            executable: try context.tool(named: "embed-files").url,
            arguments: [output.path, root.standardizedFileURL.path] + Self.folders,
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
