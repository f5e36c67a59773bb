import Foundation

/// Every word of a document as an integer id of its stem, with position lists, built once per
/// document so that concept and phrase queries compare integers, not strings.
///
/// Positions run through the document in order: each heading and each block is a span, and id 0
/// separates spans so that no phrase crosses them.
public struct WordIndex: Sendable {
    /// Where a span of positions comes from.
    public struct Span: Sendable, Hashable {
        /// First position of the span.
        public var start: Int32
        /// Position after the last.
        public var end: Int32
        /// The section (`-1` for the preamble).
        public var section: Int32
        /// The block's index among the section's own blocks; `-1` for the heading.
        public var block: Int32
    }

    /// Stem per id; id 0 is the span boundary.
    public private(set) var stems: [String] = [""]
    private var ids: [String: Int32] = ["": 0]
    /// Stem id per position.
    public private(set) var positions: [Int32] = []
    /// Whether a clause break (sentence end, ";", cell, list item) precedes a position.
    private var breaks: [Bool] = []
    /// UTF-8 offset of each position's word in its span's text.
    public private(set) var offsets: [Int32] = []
    /// Positions of each stem id, ascending.
    private var postings: [[Int32]] = [[]]
    public private(set) var spans: [Span] = []
    /// First and end position of each section's spans (index 0 is the preamble, `i + 1` section `i`).
    private var sectionRanges: [Range<Int32>] = []
    /// Stem ids of each section's normalised heading (numbering removed), for heading queries.
    public private(set) var headings: [[Int32]] = []

    init() {}

    /// The id of a stem, or nil when the document never uses it.
    public func id(of stem: String) -> Int32? { ids[stem] }

    /// The ids of a pattern's stems, or nil when one of them is absent from the document.
    public func ids(of pattern: TermPattern) -> [Int32]? {
        var result: [Int32] = []
        result.reserveCapacity(pattern.stems.count)
        for stem in pattern.stems {
            guard let id = ids[stem] else { return nil }
            result.append(id)
        }
        return result
    }

    // MARK: building

    mutating func intern(_ stem: String) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(stems.count)
        stems.append(stem)
        ids[stem] = id
        postings.append([])
        return id
    }

    /// Appends one span's tokens, stemming each distinct word once through `memo`.
    mutating func append(_ tokens: [WordToken], section: Int, block: Int, memo: inout [String: Int32]) {
        let start = Int32(positions.count)
        for token in tokens {
            let id: Int32
            if let known = memo[token.word] {
                id = known
            } else {
                id = intern(WordIndex.stem(of: token.word))
                memo[token.word] = id
            }
            postings[Int(id)].append(Int32(positions.count))
            positions.append(id)
            breaks.append(token.breakBefore)
            offsets.append(token.offset)
        }
        spans.append(Span(start: start, end: Int32(positions.count), section: Int32(section), block: Int32(block)))
        while sectionRanges.count <= section + 1 { sectionRanges.append(start..<start) }
        sectionRanges[section + 1] = sectionRanges[section + 1].lowerBound..<Int32(positions.count)
        positions.append(0)
        breaks.append(true)
        offsets.append(-1)
    }

    mutating func appendHeading(_ words: [String], memo: inout [String: Int32]) {
        headings.append(words.map { word in
            if let known = memo[word] { return known }
            let id = intern(WordIndex.stem(of: word))
            memo[word] = id
            return id
        })
    }

    /// The stem of a folded word: standard spelling, then the Indonesian root; an English plural
    /// in consonant + "s" without an Indonesian root loses its "s" ("maps", "applications");
    /// numbers and marks as they are.
    public static func stem(of word: String) -> String {
        if let known = StemCache.shared.value(for: word) { return known }
        let stem = computeStem(of: word)
        StemCache.shared.store(stem, for: word)
        return stem
    }

    private static func computeStem(of word: String) -> String {
        let standard = IndonesianSpelling.standard(word)
        guard let first = standard.utf8.first, first >= 0x61, first <= 0x7A else { return standard }
        let root = IndonesianStemmer.shared.stem(standard)
        guard root == standard, root.utf8.count >= 4, root.utf8.last == 0x73 else { return root }
        let before = root.utf8[root.utf8.index(root.utf8.endIndex, offsetBy: -2)]
        guard PrefixRules.isConsonant(before), before != 0x73 else { return root }
        return String(root.dropLast())
    }

    // MARK: queries

    /// Where a phrase occurs: its first and last position.
    public struct Hit: Sendable, Hashable {
        public var start: Int32
        public var end: Int32
    }

    /// Every occurrence of the pattern, in document order. Words must follow in order inside one
    /// clause; phrases of three or more words allow `pattern.maxInserted` extra words between them.
    public func hits(of pattern: TermPattern) -> [Hit] {
        hits(of: pattern, in: nil, limit: .max)
    }

    /// The position ranges of some sections (`-1` for the preamble), merged and in order.
    public func ranges(of sections: Set<Int>) -> [Range<Int32>] {
        var result: [Range<Int32>] = []
        for section in sections.sorted() where section + 1 < sectionRanges.count {
            let range = sectionRanges[section + 1]
            if let last = result.last, last.upperBound >= range.lowerBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else if !range.isEmpty {
                result.append(range)
            }
        }
        return result
    }

    /// Occurrences of the pattern starting inside the given position ranges (nil = anywhere), at
    /// most `limit`, in document order.
    public func hits(of pattern: TermPattern, in ranges: [Range<Int32>]?, limit: Int) -> [Hit] {
        guard let wanted = ids(of: pattern), let first = wanted.first else { return [] }
        let list = postings[Int(first)]
        guard let ranges else { return verify(list[...], wanted, pattern.maxInserted, limit) }
        var result: [Hit] = []
        for range in ranges where result.count < limit {
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var end = low
            while end < list.count, list[end] < range.upperBound { end += 1 }
            result += verify(list[low..<end], wanted, pattern.maxInserted, limit - result.count)
        }
        return result
    }

    private func verify(_ candidates: ArraySlice<Int32>, _ wanted: [Int32], _ maxInserted: Int, _ limit: Int) -> [Hit] {
        var result: [Hit] = []
        guard limit > 0 else { return result }
        let count = positions.count
        candidates: for start in candidates {
            var cursor = Int(start)
            var inserted = 0
            for next in wanted.dropFirst() {
                var probe = cursor + 1
                while true {
                    guard probe < count, positions[probe] != 0, !breaks[probe] else { continue candidates }
                    if positions[probe] == next { break }
                    inserted += 1
                    if inserted > maxInserted { continue candidates }
                    probe += 1
                }
                cursor = probe
            }
            result.append(Hit(start: start, end: Int32(cursor)))
            if result.count >= limit { break }
        }
        return result
    }

    /// Whether a heading's stems hold the pattern as a contiguous run.
    public func heading(_ section: Int, contains pattern: TermPattern) -> Bool {
        guard let wanted = ids(of: pattern) else { return false }
        return heading(section, containsIDs: wanted)
    }

    /// Whether a heading's stems hold these stem ids as a contiguous run.
    public func heading(_ section: Int, containsIDs wanted: [Int32]) -> Bool {
        guard !wanted.isEmpty else { return false }
        let words = headings[section]
        guard wanted.count <= words.count else { return false }
        for start in 0...(words.count - wanted.count) where words[start] == wanted[0] {
            if words[start..<(start + wanted.count)].elementsEqual(wanted) { return true }
        }
        return false
    }

    /// The span holding a position.
    public func span(of position: Int32) -> Span {
        var low = 0, high = spans.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if spans[mid].start <= position { low = mid } else { high = mid - 1 }
        }
        return spans[low]
    }

    /// Stem ids in a range of positions (inclusive), for checks such as "a year in this row".
    public func ids(from start: Int32, through end: Int32) -> ArraySlice<Int32> {
        positions[Int(max(0, start))...Int(min(end, Int32(positions.count - 1)))]
    }

    /// Whether a clause break precedes a position.
    public func breaksBefore(_ position: Int32) -> Bool { breaks[Int(position)] }
}

/// Stems already computed, shared by the documents of a run (the same words recur across files).
final class StemCache: @unchecked Sendable {
    static let shared = StemCache()
    private var stems: [String: String] = [:]
    private let lock = NSLock()

    func value(for word: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return stems[word]
    }

    func store(_ stem: String, for word: String) {
        lock.lock()
        defer { lock.unlock() }
        if stems.count < 200_000 { stems[word] = stem }
    }
}
