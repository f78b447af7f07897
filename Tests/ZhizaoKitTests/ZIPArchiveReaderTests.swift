import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

/// The ZIP reader for untrusted workbooks (issue 18): every offset and size is checked against
/// the file, and an entry is inflated from its own bytes only, so a deflate stream that never
/// ends is refused instead of read forever.
@Suite("ZIP archive reader")
struct ZIPArchiveReaderTests {
    /// `bytes` as one final stored deflate block: valid method-8 data, made by hand.
    static func deflatedStored(_ bytes: [UInt8]) -> [UInt8] {
        let count = UInt16(bytes.count)
        return [0x01, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8(~count >> 8)] + bytes
    }

    /// A non-final stored block of 65,535 bytes: inflate copies whatever follows and asks
    /// for more. ZIPFoundation's reader fed it the rest of the file, then looped at its end.
    static let neverEnding: [UInt8] = [0x00, 0xFF, 0xFF, 0x00, 0x00] + Array("<worksheet/>".utf8)

    static func reader(_ entries: [RawZip.Entry], zip64End: Bool = false) throws -> ZIPArchiveReader {
        try ZIPArchiveReader(bytes: [UInt8](RawZip.archive(entries, zip64End: zip64End)))
    }

    /// The reader's refusal, nil when `body` succeeds (or fails some other way).
    static func failure(_ body: () throws -> Void) -> ZIPArchiveReader.Failure? {
        do { try body() } catch let failure as ZIPArchiveReader.Failure { return failure } catch { return nil }
        return nil
    }

    @Test("stored and deflated entries read back as written, found by path")
    func roundTrip() throws {
        let text = Array("<?xml version=\"1.0\"?><a>潍坊</a>".utf8)
        let archive = try Self.reader([
            RawZip.Entry(path: "stored.xml", data: text),
            RawZip.Entry(path: "deflated.xml", data: Self.deflatedStored(text), method: 8,
                         uncompressedSize: UInt32(text.count), checksum: RawZip.crc32(text)),
        ])
        #expect(archive.entries.map(\.path) == ["stored.xml", "deflated.xml"])
        let stored = try #require(archive["stored.xml"])
        let deflated = try #require(archive["deflated.xml"])
        #expect(try [UInt8](archive.contents(of: stored, maxBytes: 1 << 20)) == text)
        #expect(try [UInt8](archive.contents(of: deflated, maxBytes: 1 << 20)) == text)
        #expect(archive["missing.xml"] == nil)
    }

    @Test("a workbook written by another tool (zlib's deflate) reads whole, every part")
    func realWorkbook() throws {
        let archive = try ZIPArchiveReader(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: PackageRoot.path("Tests/Fixtures/sheets/applicants.xlsx")))))
        #expect(archive.entries.count == 10)
        for entry in archive.entries {
            let data = try archive.contents(of: entry, maxBytes: 1 << 26)
            #expect(UInt64(data.count) == entry.uncompressedSize)
            // An independent CRC-32 of what was inflated is the one the writer recorded.
            #expect(RawZip.crc32([UInt8](data)) == entry.checksum, "\(entry.path)")
        }
    }

    @Test("a deflate stream that never ends is damaged, at once; unchecked, it still ends")
    func neverEndingStream() throws {
        let archive = try Self.reader([RawZip.Entry(path: "xl/worksheets/sheet1.xml", data: Self.neverEnding, method: 8, uncompressedSize: 12)])
        let entry = try #require(archive.entries.first)
        #expect(Self.failure { _ = try archive.contents(of: entry, maxBytes: 1 << 20) } == .damaged)
        #expect(Self.failure { _ = try archive.contents(of: entry, maxBytes: 1 << 20, verifyingChecksum: false) } == .damaged)
    }

    @Test("a wrong checksum, a wrong size, an unknown method or no data is damaged")
    func damagedEntries() throws {
        let text = Array("<a/>".utf8)
        let cases: [RawZip.Entry] = [
            RawZip.Entry(path: "crc", data: text, checksum: 7),
            RawZip.Entry(path: "size", data: Self.deflatedStored(text), method: 8, uncompressedSize: 5, checksum: RawZip.crc32(text)),
            RawZip.Entry(path: "method", data: text, method: 9),
            RawZip.Entry(path: "empty", data: [], method: 8, uncompressedSize: 4),
            RawZip.Entry(path: "stored-size", data: text, uncompressedSize: 3),
        ]
        let archive = try Self.reader(cases)
        for entry in archive.entries {
            #expect(Self.failure { _ = try archive.contents(of: entry, maxBytes: 1 << 20) } == .damaged, "\(entry.path)")
        }
        // The fuzz harness reads past a wrong checksum on purpose.
        let crc = try #require(archive["crc"])
        #expect(try [UInt8](archive.contents(of: crc, maxBytes: 1 << 20, verifyingChecksum: false)) == text)
    }

    @Test("a declared size over the cap is refused before inflating; so is an inflated one")
    func caps() throws {
        let text = [UInt8](repeating: 0x41, count: 100)
        let archive = try Self.reader([
            RawZip.Entry(path: "declared", data: text),
            RawZip.Entry(path: "lying", data: Self.deflatedStored(text), method: 8, uncompressedSize: 10, checksum: RawZip.crc32(text)),
        ])
        #expect(Self.failure { _ = try archive.contents(of: archive.entries[0], maxBytes: 99) } == .tooLarge)
        #expect(Self.failure { _ = try archive.contents(of: archive.entries[1], maxBytes: 99) } == .tooLarge)
        #expect(try archive.contents(of: archive.entries[0], maxBytes: 100).count == 100)
    }

    @Test("ZIP64: sizes and offset in the extra field, the directory found through the ZIP64 end record")
    func zip64() throws {
        let text = Array("<sst/>".utf8)
        let archive = try Self.reader([
            RawZip.Entry(path: "a.xml", data: text, zip64: true),
            RawZip.Entry(path: "b.xml", data: Self.deflatedStored(text), method: 8, uncompressedSize: UInt32(text.count), checksum: RawZip.crc32(text), zip64: true),
        ], zip64End: true)
        #expect(archive.entries.map(\.path) == ["a.xml", "b.xml"])
        for entry in archive.entries {
            #expect(try [UInt8](archive.contents(of: entry, maxBytes: 1 << 20)) == text)
        }
    }

    @Test("an archive cut short, with no end record, or whose directory points outside it is not a ZIP")
    func notZip() throws {
        let whole = [UInt8](RawZip.archive([("a.xml", Array("<a/>".utf8))]))
        let cut = Array(whole.prefix(whole.count - 5))
        var pointingOut = whole
        pointingOut[whole.count - 6] = 0xFF  // the directory's offset, high byte
        var tooMany = whole
        tooMany[whole.count - 12] = 0xFF  // the entry count, low byte
        for bytes in [[], Array("PK".utf8), cut, pointingOut, tooMany] {
            #expect(Self.failure { _ = try ZIPArchiveReader(bytes: bytes) } == .notZip, "\(bytes.count) bytes")
        }
    }

    @Test("an entry whose data runs past the end of the file, or whose local header is elsewhere, is damaged")
    func entryOutsideFile() throws {
        var bytes = [UInt8](RawZip.archive([("a.xml", Array("<a/>".utf8))]))
        // The local header's first byte, no longer a signature.
        var moved = bytes
        moved[0] = 0
        let archive = try ZIPArchiveReader(bytes: moved)
        #expect(Self.failure { _ = try archive.contents(of: archive.entries[0], maxBytes: 1 << 20) } == .damaged)
        // The central directory's compressed size (offset 20 of its record), far past the end.
        let directory = try #require(bytes.indices.first { bytes[$0...].starts(with: [0x50, 0x4B, 0x01, 0x02]) })
        bytes[directory + 23] = 0x7F
        let long = try ZIPArchiveReader(bytes: bytes)
        #expect(Self.failure { _ = try long.contents(of: long.entries[0], maxBytes: Int.max) } == .damaged)
    }
}
