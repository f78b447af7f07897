import Foundation
import PackagePlugin

/// Builds the shipped rubrics and report templates into the binary (SPEC §4: an installed
/// binary needs no checkout). Every file under `Rubrics/` and `Reports/` becomes an entry
/// of `EmbeddedFiles.contents`, byte for byte.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in ["Rubrics", "Reports"] {
            let base = root.appending(path: folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                if url.lastPathComponent.hasPrefix(".") { continue }
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let rootPath = root.standardizedFileURL.path
        let arguments = [output.path] + inputs.flatMap { url -> [String] in
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            return [relative, full]
        }
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) rubric and report files",
            executable: try context.tool(named: "embed-files").url,
            arguments: arguments,
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
