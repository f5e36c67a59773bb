import Foundation

/// Folded words interned by their UTF-8 bytes: a word seen before costs a hash and a byte compare,
/// not a new String. Id 0 is reserved for the empty word (the span boundary of `WordIndex`).
struct WordTable: Sendable {
    /// The folded words, by id.
    private(set) var words: [String] = [""]
    /// The bytes of every word, one after the other; word `i` is `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0, 0]
    private var hashes: [UInt32] = [0]
    /// Open addressing: each slot holds a word id, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 1024)

    static let hashBasis: UInt32 = 2_166_136_261

    /// One FNV-1a step.
    @inline(__always)
    static func hash(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* 16_777_619 }

    /// The number of ids, the empty word included.
    var count: Int { words.count }

    /// The id of an ASCII word given as raw bytes (upper case allowed) and the hash of its
    /// lower-cased bytes, inserting it when new.
    @inline(__always)
    mutating func internASCII(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt32) -> Int32 {
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let id = slots[slot]
            if id == 0 { break }
            if hashes[Int(id)] == hash, equalsLowercased(id, source, range) { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
        let word = String(unsafeUninitializedCapacity: range.count) { buffer in
            for (index, byte) in source[range].enumerated() { buffer[index] = byte.asciiLowercased }
            return range.count
        }
        return insert(word, hash: hash, slot: slot)
    }

    /// The id of a folded word, inserting it when new.
    mutating func intern(_ word: String) -> Int32 {
        guard !word.isEmpty else { return 0 }
        let hash = WordTable.hash(of: word)
        if let id = find(word, hash: hash) { return id }
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        return insert(word, hash: hash, slot: slot)
    }

    /// The id of a folded word, or nil when the document never had it.
    func id(of word: String) -> Int32? {
        guard !word.isEmpty else { return nil }
        return find(word, hash: WordTable.hash(of: word))
    }

    private func find(_ word: String, hash: UInt32) -> Int32? {
        var slot = Int(hash) & (slots.count - 1)
        while true {
            let id = slots[slot]
            if id == 0 { return nil }
            if hashes[Int(id)] == hash, words[Int(id)] == word { return id }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    private static func hash(of word: String) -> UInt32 {
        word.utf8.reduce(hashBasis) { hash($0, $1) }
    }

    @inline(__always)
    private func equalsLowercased(_ id: Int32, _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        guard end - start == range.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            // Most words are written in lower case: one memcmp, the byte loop only for capitals.
            if range.count > 0, memcmp(stored.baseAddress! + start, source.baseAddress! + range.lowerBound, range.count) == 0 {
                return true
            }
            var offset = range.lowerBound
            for index in start..<end {
                if stored[index] != source[offset].asciiLowercased { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func insert(_ word: String, hash: UInt32, slot: Int) -> Int32 {
        let id = Int32(words.count)
        words.append(word)
        bytes.append(contentsOf: word.utf8)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        slots[slot] = id
        if words.count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for id in 1..<Int32(words.count) {
            var slot = Int(hashes[Int(id)]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = id
        }
        slots = larger
    }
}
