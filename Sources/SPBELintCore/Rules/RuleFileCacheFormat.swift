import Foundation
import Yams

/// The byte format of `RuleFileCache`: a magic line, then per file its path, stamp and node tree,
/// with lengths as variable-length integers. Decoding checks every bound and gives nil on any damage.
enum CacheFormat {
    static let magic = Array("spbelint-rules-cache \(RuleFileCache.formatVersion)\n".utf8)

    static func encode(_ entries: [String: (RuleFileCache.Stamp, Node)]) -> Data? {
        var writer = Writer()
        writer.bytes += magic
        writer.integer(UInt64(entries.count))
        for (path, (stamp, node)) in entries.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.integer(UInt64(bitPattern: stamp.seconds))
            writer.integer(UInt64(bitPattern: stamp.nanoseconds))
            writer.integer(UInt64(bitPattern: stamp.size))
            guard writer.node(node) else { return nil }
        }
        return Data(writer.bytes)
    }

    static func decode(_ data: Data) -> [String: (RuleFileCache.Stamp, Node)]? {
        var reader = Reader(bytes: [UInt8](data))
        guard reader.bytes.starts(with: magic) else { return nil }
        reader.offset = magic.count
        let resolver = Resolver.default
        let constructor = Constructor.default
        guard let count = reader.integer(), count < 100_000 else { return nil }
        var result: [String: (RuleFileCache.Stamp, Node)] = [:]
        for _ in 0..<count {
            guard let path = reader.string(), let seconds = reader.integer(), let nanoseconds = reader.integer(),
                  let size = reader.integer(), let node = reader.node(resolver, constructor, depth: 0) else { return nil }
            let stamp = RuleFileCache.Stamp(seconds: Int64(bitPattern: seconds), nanoseconds: Int64(bitPattern: nanoseconds),
                                            size: Int64(bitPattern: size))
            result[path] = (stamp, node)
        }
        return reader.offset == reader.bytes.count ? result : nil
    }

    /// Scalar styles by their byte in the format.
    private static var styles: [Node.Scalar.Style] { [.any, .plain, .singleQuoted, .doubleQuoted, .literal, .folded] }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func integer(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ text: String) {
            let utf8 = Array(text.utf8)
            integer(UInt64(utf8.count))
            bytes += utf8
        }

        /// Appends a node; false for an alias, which rule files do not use and the cache does not keep.
        mutating func node(_ node: Node) -> Bool {
            switch node {
            case .scalar(let scalar):
                bytes.append(UInt8(ascii: "s"))
                string(scalar.string)
                string(node.tag.rawValue)
                bytes.append(UInt8(CacheFormat.styles.firstIndex(of: scalar.style) ?? 0))
                return true
            case .mapping(let mapping):
                bytes.append(UInt8(ascii: "m"))
                string(node.tag.rawValue)
                integer(UInt64(mapping.count))
                for (key, value) in mapping { guard self.node(key), self.node(value) else { return false } }
                return true
            case .sequence(let sequence):
                bytes.append(UInt8(ascii: "q"))
                string(node.tag.rawValue)
                integer(UInt64(sequence.count))
                for item in sequence { guard self.node(item) else { return false } }
                return true
            case .alias:
                return false
            }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func integer() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = integer(), length <= UInt64(bytes.count - offset) else { return nil }
            let end = offset + Int(length)
            defer { offset = end }
            return String(decoding: bytes[offset..<end], as: UTF8.self)
        }

        mutating func node(_ resolver: Resolver, _ constructor: Constructor, depth: Int) -> Node? {
            guard depth < 200, offset < bytes.count else { return nil }
            let kind = bytes[offset]
            offset += 1
            switch kind {
            case UInt8(ascii: "s"):
                guard let text = string(), let tag = string(), offset < bytes.count else { return nil }
                let style = Int(bytes[offset])
                offset += 1
                guard style < CacheFormat.styles.count else { return nil }
                return .scalar(Node.Scalar(text, Tag(Tag.Name(rawValue: tag), resolver, constructor), CacheFormat.styles[style]))
            case UInt8(ascii: "m"):
                guard let tag = string(), let count = integer(), count <= UInt64(bytes.count) else { return nil }
                var pairs: [(Node, Node)] = []
                for _ in 0..<count {
                    guard let key = node(resolver, constructor, depth: depth + 1),
                          let value = node(resolver, constructor, depth: depth + 1) else { return nil }
                    pairs.append((key, value))
                }
                return .mapping(Node.Mapping(pairs, Tag(Tag.Name(rawValue: tag), resolver, constructor)))
            case UInt8(ascii: "q"):
                guard let tag = string(), let count = integer(), count <= UInt64(bytes.count) else { return nil }
                var items: [Node] = []
                for _ in 0..<count {
                    guard let item = node(resolver, constructor, depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .sequence(Node.Sequence(items, Tag(Tag.Name(rawValue: tag), resolver, constructor)))
            default:
                return nil
            }
        }
    }
}
