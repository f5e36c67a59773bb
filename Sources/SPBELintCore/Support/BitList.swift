/// A growing list of booleans kept one bit each (a large document's per-word flags in an eighth of
/// the memory of `[Bool]`).
struct BitList: Sendable {
    private var words: [UInt64] = []
    /// The number of booleans appended.
    private(set) var count = 0

    /// Room for about `count` booleans.
    mutating func reserveCapacity(_ count: Int) {
        words.reserveCapacity((count + 63) / 64)
    }

    mutating func append(_ value: Bool) {
        if count & 63 == 0 { words.append(0) }
        if value { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    subscript(index: Int) -> Bool {
        precondition(index >= 0 && index < count, "BitList index out of range")
        return words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }
}
