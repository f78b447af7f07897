import Foundation

/// Runs any program (a helper script, a converter) and captures what it prints, reading both
/// streams at once.
public enum ProcessRunner {
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> CommandResult {
        try CommandRunner.run(arguments, executable: URL(fileURLWithPath: executable), in: directory)
    }
}
