/// Reading a text into the word index straight from its UTF-8 bytes: the same words, offsets,
/// clause breaks and check marks as the String tokenizer it replaced (kept in the tests), but a word already seen in the
/// document is found by the hash of its bytes, without making a String.
extension WordIndex {
    /// One word of the span being read: its word id, UTF-8 offset and whether a clause break precedes it.
    struct PendingWord: Sendable {
        var word: Int32
        var offset: Int32
        var breakBefore: Bool
    }

    /// Appends one span: the words of `text` (a heading or block); `lineBreaks` makes a newline a
    /// clause break (list items, table rows).
    mutating func append(text: String, lineBreaks: Bool, section: Int, block: Int) {
        pending.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { scan($0, lineBreaks: lineBreaks) }
        abbreviatePending()
        commitPending(section: section, block: block)
    }

    /// The UTF-8 offset in `text` of each word position its span holds, as `append(text:lineBreaks:section:block:)`
    /// reads them (a long form made one word is at its first word). The index keeps no offsets:
    /// the few queries that quote a hit read its span again.
    static func wordOffsets(in text: String, lineBreaks: Bool) -> [Int32] {
        var index = WordIndex()
        var text = text
        text.withUTF8 { index.scan($0, lineBreaks: lineBreaks) }
        index.abbreviatePending()
        return index.pending.map(\.offset)
    }

    /// Per ASCII byte: its lower case when it is a letter or digit (a word byte), else 0.
    private static let asciiWordBytes: [UInt8] = (0..<128).map { byte in
        let value = UInt8(byte)
        switch value {
        case 0x30...0x39, 0x61...0x7A: return value
        case 0x41...0x5A: return value | 0x20
        default: return 0
        }
    }

    private mutating func scan(_ utf8: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) {
        WordIndex.asciiWordBytes.withUnsafeBufferPointer { wordBytes in
            scan(utf8, lineBreaks: lineBreaks, wordBytes: wordBytes)
        }
    }

    private mutating func scan(_ utf8: UnsafeBufferPointer<UInt8>, lineBreaks: Bool, wordBytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var wordStart = -1, ascii = true, hash = WordTable.hashBasis
        var pendingBreak = false, sentenceEnd = false
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                let folded = wordBytes[Int(byte)]
                if folded != 0 {
                    sentenceEnd = false
                    if wordStart < 0 { wordStart = index; ascii = true; hash = WordTable.hashBasis }
                    hash = WordTable.hash(hash, folded)
                    index += 1
                    continue
                }
                if wordStart >= 0 {
                    endWord(utf8, wordStart..<index, ascii: ascii, hash: hash, breakBefore: pendingBreak)
                    wordStart = -1
                    pendingBreak = false
                }
                switch byte {
                case 0x3B, 0x3A, 0x09: pendingBreak = true; sentenceEnd = false           // ; : tab
                case 0x0A, 0x0D:
                    if lineBreaks { pendingBreak = true }
                    if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                case 0x2E, 0x21, 0x3F: sentenceEnd = true                                 // . ! ?
                case 0x20: if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                default: sentenceEnd = false
                }
                index += 1
                continue
            }
            let (scalar, width) = WordIndex.decode(utf8, at: index)
            if TextFolding.isWordScalar(scalar) {
                sentenceEnd = false
                if wordStart < 0 { wordStart = index }
                ascii = false
            } else {
                if wordStart >= 0 {
                    endWord(utf8, wordStart..<index, ascii: ascii, hash: hash, breakBefore: pendingBreak)
                    wordStart = -1
                    pendingBreak = false
                }
                sentenceEnd = false
                if CheckMark.scalars.contains(scalar.value) {
                    if markWord < 0 { markWord = table.intern("✓") }
                    pending.append(PendingWord(word: markWord, offset: Int32(index), breakBefore: pendingBreak))
                    pendingBreak = false
                }
            }
            index += width
        }
        if wordStart >= 0 {
            endWord(utf8, wordStart..<utf8.count, ascii: ascii, hash: hash, breakBefore: pendingBreak)
        }
    }

    @inline(__always)
    private mutating func endWord(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool,
                                  hash: UInt32, breakBefore: Bool) {
        let word: Int32
        if ascii {
            word = table.internASCII(utf8, range, hash: hash)
        } else {
            word = table.intern(TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)))
        }
        pending.append(PendingWord(word: word, offset: Int32(range.lowerBound), breakBefore: breakBefore))
    }

    /// The scalar starting at `index` of valid UTF-8 and its width in bytes.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[index])
        let value: UInt32, width: Int
        if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
            width = 2
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
            width = 3
        } else {
            value = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
            width = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// Replaces each long form among the pending words by its abbreviation, as
    /// `TextFolding.abbreviate` does for plain words; only words flagged as possible starts are compared.
    private mutating func abbreviatePending() {
        guard pending.count > 1 else { return }
        while longFormStart.count < table.count {
            longFormStart.append(TextFolding.mayStartLongForm(table.words[longFormStart.count]))
        }
        guard pending.contains(where: { longFormStart[Int($0.word)] }) else { return }
        var result: [PendingWord] = []
        result.reserveCapacity(pending.count)
        var index = 0
        outer: while index < pending.count {
            let item = pending[index]
            if longFormStart[Int(item.word)] {
                let first = table.words[Int(item.word)]
                for (long, short) in TextFolding.abbreviations where first == long[0] && index + long.count <= pending.count {
                    var equal = true
                    for k in 1..<long.count where table.words[Int(pending[index + k].word)] != long[k] { equal = false; break }
                    if equal {
                        result.append(PendingWord(word: table.intern(short), offset: item.offset, breakBefore: item.breakBefore))
                        index += long.count
                        continue outer
                    }
                }
            }
            result.append(item)
            index += 1
        }
        pending = result
    }
}
