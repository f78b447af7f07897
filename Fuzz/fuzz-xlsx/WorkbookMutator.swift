import Foundation
import FuzzSupport
import ZhizaoKit
import ZIPFoundation

/// Mutates a workbook inside its ZIP: libFuzzer's byte mutations of a whole .xlsx nearly
/// always break a checksum, so the reader refuses the file before any XML is read. Three
/// times in four, one part (picked by the seed) is mutated and the archive rebuilt with
/// correct checksums (stored or deflated); otherwise, or when the input is no ZIP, the bytes
/// are mutated as they are, which fuzzes the ZIP structure itself.
///
/// The input is unpacked by zhizao's own `ZIPArchiveReader`, checksums unchecked: ZIPFoundation's
/// reader traps on some damaged archives in memory (an arithmetic overflow in
/// `MemoryFile.readData`) and, from a file, reads a deflate stream that never ends forever
/// (which hung this mutator ten seconds into its first long run, and zhizao's reader with it).
/// ZIPFoundation still packs the mutated parts.
enum WorkbookMutator {
    /// Parts larger than this, in all, are not unpacked (a zip bomb in the corpus).
    static let maxUnpackedBytes = 4 << 20

    static func mutate(_ bytes: [UInt8], maxSize: Int, seed: UInt32) -> [UInt8] {
        guard seed % 4 != 0, let parts = unpack(bytes), !parts.isEmpty else {
            return LibFuzzer.mutate(bytes, maxSize: maxSize)
        }
        var mutated = parts
        let chosen = Int(seed / 4) % parts.count
        let room = max(0, maxSize - bytes.count) + parts[chosen].data.count
        mutated[chosen].data = Data(LibFuzzer.mutate([UInt8](parts[chosen].data), maxSize: max(room, 1)))
        guard let packed = pack(mutated, deflated: seed & 0x100 != 0), packed.count <= maxSize else {
            return LibFuzzer.mutate(bytes, maxSize: maxSize)
        }
        return packed
    }

    struct Part {
        let path: String
        var data: Data
    }

    static func unpack(_ bytes: [UInt8]) -> [Part]? {
        guard let archive = try? ZIPArchiveReader(bytes: bytes) else { return nil }
        var parts: [Part] = []
        var total = 0
        for entry in archive.entries where !entry.isDirectory {
            guard let data = try? archive.contents(of: entry, maxBytes: maxUnpackedBytes - total, verifyingChecksum: false) else { return nil }
            total += data.count
            parts.append(Part(path: entry.path, data: data))
        }
        return parts
    }

    static func pack(_ parts: [Part], deflated: Bool) -> [UInt8]? {
        guard let archive = try? Archive(data: Data(), accessMode: .create, pathEncoding: nil) else { return nil }
        let date = Date(timeIntervalSince1970: 1_767_225_600)
        for part in parts {
            do {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count), modificationDate: date,
                                     compressionMethod: deflated ? .deflate : .none) { position, size in
                    part.data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                return nil
            }
        }
        return archive.data.map { [UInt8]($0) }
    }
}
