import Foundation

/// The byte format of `RuleFileCache`: a magic line, then per file its path, stamp and blobs, with
/// lengths as variable-length integers. Decoding checks every bound and gives nil on any damage.
enum RuleFileCacheFormat {
    static let magic = Array("spbelint-rules-cache \(RuleFileCache.formatVersion)\n".utf8)

    static func encode(_ entries: [String: RuleFileCache.Entry]) -> Data {
        var bytes = magic
        func integer(_ value: UInt64) { VarInt.append(value, to: &bytes) }
        func blob(_ data: [UInt8]) {
            integer(UInt64(data.count))
            bytes += data
        }
        integer(UInt64(entries.count))
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            blob(Array(path.utf8))
            integer(UInt64(bitPattern: entry.stamp.seconds))
            integer(UInt64(bitPattern: entry.stamp.nanoseconds))
            integer(UInt64(bitPattern: entry.stamp.size))
            integer(UInt64(entry.blobs.count))
            for data in entry.blobs { blob([UInt8](data)) }
        }
        return Data(bytes)
    }

    static func decode(_ data: Data) -> [String: RuleFileCache.Entry]? {
        let bytes = [UInt8](data)
        guard bytes.starts(with: magic) else { return nil }
        var offset = magic.count
        func integer() -> UInt64? { VarInt.read(bytes, at: &offset) }
        func blob() -> ArraySlice<UInt8>? {
            guard let length = integer(), length <= UInt64(bytes.count - offset) else { return nil }
            defer { offset += Int(length) }
            return bytes[offset..<offset + Int(length)]
        }
        guard let count = integer(), count < 100_000 else { return nil }
        var result: [String: RuleFileCache.Entry] = [:]
        for _ in 0..<count {
            guard let path = blob(), let seconds = integer(), let nanoseconds = integer(), let size = integer(),
                  let blobCount = integer(), blobCount < 16 else { return nil }
            var blobs: [Data] = []
            for _ in 0..<blobCount {
                guard let data = blob() else { return nil }
                blobs.append(Data(data))
            }
            let stamp = RuleFileCache.Stamp(seconds: Int64(bitPattern: seconds), nanoseconds: Int64(bitPattern: nanoseconds),
                                            size: Int64(bitPattern: size))
            result[String(decoding: path, as: UTF8.self)] = RuleFileCache.Entry(stamp: stamp, blobs: blobs)
        }
        return offset == bytes.count ? result : nil
    }
}
