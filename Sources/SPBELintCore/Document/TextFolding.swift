import Foundation

/// Folds text to lower-case words for matching, abbreviating the long forms SPBE texts use.
public enum TextFolding {
    /// Long forms replaced by the abbreviation used in rule phrasings, as word sequences.
    static let abbreviations: [([String], String)] = [
        (["sistem", "pemerintahan", "berbasis", "elektronik"], "spbe"),
        (["teknologi", "informasi", "dan", "komunikasi"], "tik"),
        (["teknologi", "informasi", "komunikasi"], "tik"),
        (["organisasi", "perangkat", "daerah"], "opd"),
        (["peraturan", "presiden"], "perpres"),
        (["peraturan", "pemerintah"], "pp"),
        (["undang", "undang"], "uu"),
        (["electronic", "based", "government", "system"], "spbe"),
        (["information", "and", "communication", "technology"], "tik"),
    ]

    /// Length and first byte of the long forms' first words, a cheap test before comparing words.
    private static let longFormStarts: Set<Int> = Set(abbreviations.map { startKey($0.0[0]) })

    @inline(__always)
    private static func startKey(_ word: String) -> Int {
        word.utf8.count << 8 | Int(word.utf8.first ?? 0)
    }

    /// Whether a folded word may start a long form (its length and first byte match one).
    @inline(__always)
    static func mayStartLongForm(_ word: String) -> Bool {
        longFormStarts.contains(startKey(word))
    }

    /// Whether every byte of the text is ASCII, read from contiguous storage when there is one.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? text.utf8.allSatisfy { $0 < 0x80 }
    }

    private static let alphanumerics = CharacterSet.alphanumerics

    /// Whether a scalar is part of a word: ASCII letters and digits on a fast path, else Unicode's classes.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return alphanumerics.contains(scalar)
    }

    /// Splits text into lower-case alphanumeric words, then abbreviates long forms.
    public static func words(of text: String) -> [String] {
        if isASCII(text) { return abbreviate(asciiWords(of: text)) }
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(fold(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(fold(current)) }
        return abbreviate(words)
    }

    /// The fast path for ASCII text: words straight from the UTF-8 bytes, lower-cased in place.
    private static func asciiWords(of text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            var words: [String] = []
            var start = -1, upper = false
            func end(_ index: Int) {
                let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if upper {
                    words.append(String(unsafeUninitializedCapacity: word.count) { output in
                        for (offset, byte) in word.enumerated() { output[offset] = byte.asciiLowercased }
                        return word.count
                    })
                } else {
                    words.append(String(decoding: word, as: UTF8.self))
                }
                start = -1
            }
            for index in 0..<bytes.count {
                switch bytes[index] {
                case 0x30...0x39, 0x61...0x7A:
                    if start < 0 { start = index; upper = false }
                case 0x41...0x5A:
                    if start < 0 { start = index }
                    upper = true
                default:
                    if start >= 0 { end(index) }
                }
            }
            if start >= 0 { end(bytes.count) }
            return words
        }
    }

    static func fold(_ word: String) -> String {
        if word.allSatisfy({ $0.isASCII }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    static func abbreviate(_ words: [String]) -> [String] {
        abbreviate(words, word: { $0 }, replacing: { _, short in short })
    }

    /// Replaces each long form ("peraturan presiden") in a run of items by its abbreviation
    /// ("perpres"), keeping the first item of the long form with its word replaced: the one pass
    /// shared by plain words and positioned tokens.
    @inline(__always)
    static func abbreviate<Item>(_ items: [Item], word: (Item) -> String, replacing: (Item, String) -> Item) -> [Item] {
        guard items.count > 1, items.contains(where: { mayStartLongForm(word($0)) }) else { return items }
        var result: [Item] = []
        result.reserveCapacity(items.count)
        var i = 0
        outer: while i < items.count {
            // Only words of a long form's first length and letter can start one; most skip the list.
            let first = word(items[i])
            guard mayStartLongForm(first) else {
                result.append(items[i])
                i += 1
                continue
            }
            for (long, short) in abbreviations where first == long[0] && i + long.count <= items.count {
                var equal = true
                for k in 1..<long.count where word(items[i + k]) != long[k] { equal = false; break }
                if equal {
                    result.append(replacing(items[i], short))
                    i += long.count
                    continue outer
                }
            }
            result.append(items[i])
            i += 1
        }
        return result
    }

    /// Whether `phrase` occurs in `words` as a contiguous run.
    public static func contains(_ words: [String], phrase: [String]) -> Bool {
        firstIndex(of: phrase, in: words) != nil
    }

    /// Whether `phrase` occurs in order in `words` with at most `maxInserted` other words in total
    /// between its words (never across an empty word, which separates blocks).
    public static func contains(_ words: [String], phrase: [String], maxInserted: Int) -> Bool {
        guard let first = phrase.first, phrase.count <= words.count else { return false }
        starts: for start in words.indices where words[start] == first {
            var cursor = start, inserted = 0
            for next in phrase.dropFirst() {
                var probe = cursor + 1
                while probe < words.count, words[probe] != next {
                    if words[probe].isEmpty { continue starts }
                    inserted += 1
                    if inserted > maxInserted { continue starts }
                    probe += 1
                }
                guard probe < words.count else { continue starts }
                cursor = probe
            }
            return true
        }
        return false
    }

    /// The index where `phrase` first occurs as a contiguous run in `words`.
    public static func firstIndex(of phrase: [String], in words: [String]) -> Int? {
        guard !phrase.isEmpty, phrase.count <= words.count else { return nil }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if words[start..<(start + phrase.count)].elementsEqual(phrase) { return start }
        }
        return nil
    }
}
