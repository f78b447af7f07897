import FuzzSupport

// A .csv file's bytes, ranked as `zhizao rank` ranks one (SheetTarget).

enum CSVSheetTarget {
    static let target = SheetTarget(fileName: "applicants.csv")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    CSVSheetTarget.target.run(LibFuzzer.bytes(data, size))
    return 0
}

LibFuzzer.run(testOneInput)
