import FuzzSupport

// A .xlsx file's bytes, ranked as `zhizao rank` ranks one (SheetTarget), mutated inside its
// ZIP (WorkbookMutator).

enum XLSXSheetTarget {
    static let target = SheetTarget(fileName: "applicants.xlsx")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    XLSXSheetTarget.target.run(LibFuzzer.bytes(data, size))
    return 0
}

@_cdecl("LLVMFuzzerCustomMutator")
public func customMutator(_ data: UnsafeMutablePointer<UInt8>?, _ size: Int, _ maxSize: Int, _ seed: UInt32) -> Int {
    let mutated = WorkbookMutator.mutate(LibFuzzer.bytes(data, size), maxSize: maxSize, seed: seed)
    guard let data, !mutated.isEmpty else { return 0 }
    mutated.withUnsafeBufferPointer { data.update(from: $0.baseAddress!, count: mutated.count) }
    return mutated.count
}

LibFuzzer.run(testOneInput)
