import Foundation
import Yams

/// A rule file's composed YAML as the cache keeps it: mappings with string keys, sequences and
/// scalars by their resolved YAML tag (int, float, bool, null, else string), in a compact byte
/// form that decodes without a JSON parser (see `CachedValueDecoder`). Values JSON could not say
/// (aliases, non-string or repeated keys, special numbers) are not cached, as before.
enum CachedValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([CachedValue])
    /// Keys in the order written.
    case object([(key: String, value: CachedValue)])

    static func == (lhs: CachedValue, rhs: CachedValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.int(a), .int(b)): return a == b
        case let (.double(a), .double(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The value of a composed YAML node, or nil when the cache cannot hold it.
    init?(_ node: Node) { self.init(node, depth: 0) }

    private init?(_ node: Node, depth: Int) {
        guard depth < 100 else { return nil }
        switch node {
        case .mapping(let mapping):
            var pairs: [(key: String, value: CachedValue)] = []
            pairs.reserveCapacity(mapping.count)
            var seen = Set<String>()
            for (key, item) in mapping {
                guard let name = key.scalar, key.tag.rawValue == Tag.Name.str.rawValue, seen.insert(name.string).inserted,
                      let converted = CachedValue(item, depth: depth + 1) else { return nil }
                pairs.append((name.string, converted))
            }
            self = .object(pairs)
        case .sequence(let sequence):
            var items: [CachedValue] = []
            for item in sequence {
                guard let converted = CachedValue(item, depth: depth + 1) else { return nil }
                items.append(converted)
            }
            self = .array(items)
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.int.rawValue:
                guard let number = Int(scalar.string) else { return nil }
                self = .int(number)
            case Tag.Name.float.rawValue:
                guard let number = Double(scalar.string), number.isFinite else { return nil }
                self = .double(number)
            case Tag.Name.bool.rawValue:
                guard let value = Bool.construct(from: scalar) else { return nil }
                self = .bool(value)
            case Tag.Name.null.rawValue: self = .null
            // A date ("inForce: 2018-10-02") is decoded as its text, so the cache keeps the text.
            case Tag.Name.str.rawValue, Tag.Name.timestamp.rawValue: self = .string(scalar.string)
            default: return nil
            }
        case .alias:
            return nil
        }
    }

    /// The value of a node as cache bytes, or nil when the cache cannot hold it.
    static func render(_ node: Node) -> Data? { CachedValue(node).map { Data($0.bytes) } }

    // Byte form: one tag byte, then for int a zigzag varint, for double 8 bytes (little-endian bit
    // pattern), for string a varint length and UTF-8, for array a varint count and the items, for
    // object a varint count and each key (length, UTF-8) and value.
    private enum Code: UInt8 { case null = 0, falseValue, trueValue, int, double, string, array, object }

    /// The value in the cache's byte form.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        append(to: &out)
        return out
    }

    private func append(to out: inout [UInt8]) {
        func integer(_ value: UInt64) { VarInt.append(value, to: &out) }
        func text(_ string: String) {
            integer(UInt64(string.utf8.count))
            out += string.utf8
        }
        switch self {
        case .null: out.append(Code.null.rawValue)
        case .bool(let value): out.append(value ? Code.trueValue.rawValue : Code.falseValue.rawValue)
        case .int(let value):
            out.append(Code.int.rawValue)
            integer(UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1)))))
        case .double(let value):
            out.append(Code.double.rawValue)
            withUnsafeBytes(of: value.bitPattern.littleEndian) { out += $0 }
        case .string(let value):
            out.append(Code.string.rawValue)
            text(value)
        case .array(let items):
            out.append(Code.array.rawValue)
            integer(UInt64(items.count))
            for item in items { item.append(to: &out) }
        case .object(let pairs):
            out.append(Code.object.rawValue)
            integer(UInt64(pairs.count))
            for pair in pairs {
                text(pair.key)
                pair.value.append(to: &out)
            }
        }
    }

    /// Reads the byte form; nil on any damage (a bound crossed, an unknown tag, bytes left over).
    init?(bytes data: Data) {
        let parsed: CachedValue? = data.withUnsafeBytes { raw in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard let value = reader.value(depth: 0), reader.offset == reader.bytes.count else { return nil }
            return value
        }
        guard let parsed else { return nil }
        self = parsed
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        mutating func integer() -> UInt64? { VarInt.read(bytes, at: &offset) }

        mutating func count() -> Int? {
            guard let value = integer(), value <= UInt64(bytes.count - offset) else { return nil }
            return Int(value)
        }

        mutating func text() -> String? {
            guard let length = count() else { return nil }
            defer { offset += length }
            return String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
        }

        mutating func value(depth: Int) -> CachedValue? {
            guard depth < 100, offset < bytes.count, let code = Code(rawValue: bytes[offset]) else { return nil }
            offset += 1
            switch code {
            case .null: return .null
            case .falseValue: return .bool(false)
            case .trueValue: return .bool(true)
            case .int:
                guard let raw = integer() else { return nil }
                let value = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
                return .int(Int(value))
            case .double:
                guard bytes.count - offset >= 8 else { return nil }
                var pattern: UInt64 = 0
                for index in 0..<8 { pattern |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
                offset += 8
                return .double(Double(bitPattern: pattern))
            case .string:
                return text().map(CachedValue.string)
            case .array:
                guard let count = count() else { return nil }
                var items: [CachedValue] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = value(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .array(items)
            case .object:
                guard let count = count() else { return nil }
                var pairs: [(key: String, value: CachedValue)] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = text(), let item = value(depth: depth + 1) else { return nil }
                    pairs.append((key, item))
                }
                return .object(pairs)
            }
        }
    }
}
