/// A JSON value for the reports, written exactly as `JSONEncoder` writes it with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`, without `Codable`: no encoder tree, no
/// dynamic casts, no generic containers (which cost a tiny run more than writing the text).
enum JSONNode: Sendable {
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONNode])
    /// Members in any order; they are written sorted by key, as `.sortedKeys` does.
    case object([(key: String, value: JSONNode)])

    /// The value's text, indented as a member at `level` (two spaces a level).
    func write(to out: inout [UInt8], level: Int) {
        switch self {
        case .bool(let value): out += value ? Self.trueBytes : Self.falseBytes
        case .int(let value): out += String(value).utf8
        case .string(let value): Self.writeString(value, to: &out)
        case .array(let items):
            Self.writeArray(count: items.count, level: level, to: &out) { index, out in
                items[index].write(to: &out, level: level + 1)
            }
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            if members.isEmpty { out += [0x0A, 0x0A] }
            for (index, member) in Self.sorted(members).enumerated() {
                Self.writeKey(member.key, first: index == 0, level: level + 1, to: &out)
                member.value.write(to: &out, level: level + 1)
            }
            if !members.isEmpty { out.append(0x0A) }
            Self.indent(level, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// An array of `count` items at `level`, each written by `item` (one level deeper); `afterItem`
    /// is told after each item is written (the report hands its text on there).
    static func writeArray(count: Int, level: Int, to out: inout [UInt8], item: (Int, inout [UInt8]) -> Void,
                           afterItem: (inout [UInt8]) -> Void = { _ in }) {
        out.append(UInt8(ascii: "["))
        if count == 0 { out += [0x0A, 0x0A] }
        for index in 0..<count {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
            indent(level + 1, into: &out)
            item(index, &out)
            afterItem(&out)
        }
        if count > 0 { out.append(0x0A) }
        indent(level, into: &out)
        out.append(UInt8(ascii: "]"))
    }

    /// An object member's start: the comma after the one before, the line, the key and " : ".
    static func writeKey(_ key: String, first: Bool, level: Int, to out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(0x0A)
        indent(level, into: &out)
        writeString(key, to: &out)
        out += [0x20, UInt8(ascii: ":"), 0x20]
    }

    /// The value's text at the top level, as `JSONEncoder` gives it (no final newline).
    var text: String {
        var out: [UInt8] = []
        write(to: &out, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    static func sorted(_ members: [(key: String, value: JSONNode)]) -> [(key: String, value: JSONNode)] {
        members.sorted { $0.key < $1.key }
    }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<level { out += [0x20, 0x20] }
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, ... or `\u00XX`;
    /// `/` and everything else (DEL, non-ASCII) written as is. Runs without escapes are copied whole.
    static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == 0x5C else { continue }
                if start < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                escape(byte, into: &out)
                start = index + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out += [0x5C, UInt8(ascii: "\"")]
        case 0x5C: out += [0x5C, 0x5C]
        case 0x0A: out += [0x5C, UInt8(ascii: "n")]
        case 0x0D: out += [0x5C, UInt8(ascii: "r")]
        case 0x09: out += [0x5C, UInt8(ascii: "t")]
        case 0x08: out += [0x5C, UInt8(ascii: "b")]
        case 0x0C: out += [0x5C, UInt8(ascii: "f")]
        default:
            out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                    hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
        }
    }
}

/// Builds a JSON object member by member; an absent optional is left out, as `encodeIfPresent` does.
struct JSONObjectBuilder {
    private(set) var members: [(key: String, value: JSONNode)] = []

    mutating func add(_ key: String, _ value: JSONNode?) {
        if let value { members.append((key, value)) }
    }
    mutating func add(_ key: String, _ value: String?) { add(key, value.map(JSONNode.string)) }
    mutating func add(_ key: String, _ value: Int?) { add(key, value.map(JSONNode.int)) }
    mutating func add(_ key: String, _ value: Bool?) { add(key, value.map(JSONNode.bool)) }
    mutating func add(_ key: String, _ values: [String]?) { add(key, values.map { .array($0.map(JSONNode.string)) }) }

    var node: JSONNode { .object(members) }
}
