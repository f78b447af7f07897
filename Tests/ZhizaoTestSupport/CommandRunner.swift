import Foundation

/// What a run of the `zhizao` executable printed, and how it ended.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs the built `zhizao` executable, as a user would, and captures what it prints.
public enum CommandRunner {
    /// The `zhizao` binary built beside the test bundle, or the one `ZHIZAO_BINARY` names
    /// (`scripts/test.sh` points it at the release build it has just made: the plan search,
    /// which most command tests run, is many times faster there).
    public static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["ZHIZAO_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On macOS the test binary sits inside a .xctest bundle.
        while directory.pathExtension == "xctest" || directory.lastPathComponent == "MacOS" || directory.lastPathComponent == "Contents" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("zhizao")
    }

    /// Runs `zhizao arguments…` with `NO_COLOR` set and `environment` added; `input` is
    /// written to its standard input (closed after it), `directory` is its working folder.
    /// Standard output and standard error are read at the same time, so a child that fills
    /// either pipe cannot block on it while the other is being read.
    public static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil,
                           in directory: URL? = nil) throws -> CommandResult {
        try run(arguments, executable: executable, environment: environment, input: input, in: directory)
    }

    static func run(_ arguments: [String], executable: URL, environment: [String: String] = [:], input: String? = nil,
                    in directory: URL? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        let errorData = PipeDrain(err.fileHandleForReading)
        if let input {
            let writer = stdin.fileHandleForWriting
            let bytes = Data(input.utf8)
            DispatchQueue.global().async {
                writer.write(bytes)
                try? writer.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errorData.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Reads a pipe to its end on another thread.
private final class PipeDrain: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()  // written once on the reading thread, read after `done`

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
