import Foundation

/// The one test function of a fuzz target: libFuzzer calls it with each input it tries. It
/// must return 0; a crash, a trap or a sanitizer report inside it is a finding.
public typealias FuzzTestFunction = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ test: FuzzTestFunction) -> CInt

/// Runs libFuzzer with the command line's options (`-max_total_time=`, a corpus folder, a
/// crash file to replay, …) over `test`, and exits with its status.
///
/// SwiftPM links an executable's `main` to its `main.swift`, so libFuzzer's own `main` never
/// runs: each target's `main.swift` calls this instead. The target also exports its test
/// function as `LLVMFuzzerTestOneInput`, which libFuzzer's object files name.
public enum LibFuzzer {
    public static func run(_ test: FuzzTestFunction) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }

    /// libFuzzer's input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}

@_silgen_name("LLVMFuzzerMutate")
private func LLVMFuzzerMutate(_ data: UnsafeMutablePointer<UInt8>, _ size: Int, _ maxSize: Int) -> Int

extension LibFuzzer {
    /// libFuzzer's own mutation of `bytes` (for a custom mutator that mutates a part of its
    /// input), at most `maxSize` bytes long.
    public static func mutate(_ bytes: [UInt8], maxSize: Int) -> [UInt8] {
        guard maxSize > 0 else { return [] }
        let start = bytes.prefix(maxSize)
        var buffer = start + [UInt8](repeating: 0, count: maxSize - start.count)
        let size = buffer.withUnsafeMutableBufferPointer { pointer in
            LLVMFuzzerMutate(pointer.baseAddress!, start.count, pointer.count)
        }
        return Array(buffer.prefix(size))
    }
}
