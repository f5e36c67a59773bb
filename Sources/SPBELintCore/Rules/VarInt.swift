/// Unsigned integers in seven-bit groups, low group first (LEB128), as the rule cache writes
/// lengths and counts: small numbers take one byte.
enum VarInt {
    /// Appends `value` to `bytes`.
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads one integer at `offset` and moves past it; nil when the bytes end first or it runs
    /// past 64 bits (damaged input).
    static func read<Bytes: RandomAccessCollection>(_ bytes: Bytes, at offset: inout Int) -> UInt64?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.endIndex, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
