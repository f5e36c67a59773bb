import Foundation

/// Every word of a document as integer ids, built once per document so that concept and phrase
/// queries compare integers, not strings: per position the id of the folded word (`wordIDs`), per
/// word id its stem id, and per stem id its positions.
///
/// Positions run through the document in order: each heading and each block is a span, and word
/// id 0 separates spans so that no phrase crosses them.
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
    /// Folded-word id per position (0 at span boundaries); `word(_:)` gives the word and
    /// `stem(ofWord:)` its stem id.
    public private(set) var wordIDs: [Int32] = []
    /// Whether a clause break (sentence end, ";", cell, list item) precedes a position.
    private var breaks = BitList()
    /// Positions of every stem id, ascending, stem after stem (built by `finish()`); stem `i`'s
    /// positions are `postingList[postingStarts[i]..<postingStarts[i + 1]]`.
    private var postingList: [Int32] = []
    private var postingStarts: [Int32] = []
    public private(set) var spans: [Span] = []
    /// First and end position of each section's spans (index 0 is the preamble, `i + 1` section `i`).
    var sectionRanges: [Range<Int32>] = []
    /// Words other than check marks in each section's spans (index 0 is the preamble).
    private var sectionWordCounts: [Int32] = []
    /// Stem ids of each section's normalised heading (numbering removed), for heading queries.
    public private(set) var headings: [[Int32]] = []
    /// Folded-word ids of each section's normalised heading, for exact heading queries.
    public private(set) var headingWords: [[Int32]] = []

    /// The folded words of the document, interned by their bytes.
    var table = WordTable()
    /// Stem id per word id; -1 until the word first lands at a position or in a heading.
    var wordStems: [Int32] = [0]
    /// The word id of the check mark "✓" (a planned-year cell, not a word); -1 when absent.
    var markWord: Int32 = -1
    /// Per word id, whether the word may start a long form that `TextFolding` abbreviates.
    var longFormStart: [Bool] = []
    /// The words of the span being read.
    var pending: [PendingWord] = []

    init() {}

    /// An index of no text, shared (its storage is made once per run).
    static let empty: WordIndex = {
        var index = WordIndex()
        index.finish()
        return index
    }()

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

    /// The folded word of a word id ("" for the span boundary, "✓" for a check mark).
    public func word(_ id: Int32) -> String { table.words[Int(id)] }

    /// Whether a word id is the check mark of a planned-year cell rather than a word.
    public func isMark(_ id: Int32) -> Bool { id == markWord }

    /// The stem id of a word id.
    public func stem(ofWord id: Int32) -> Int32 { wordStems[Int(id)] }

    /// Words other than check marks in a section's heading and own blocks (`-1`: the preamble).
    public func wordCount(inSection section: Int) -> Int {
        section + 1 < sectionWordCounts.count ? Int(sectionWordCounts[section + 1]) : 0
    }

    /// Words other than check marks in the whole document.
    public var wordCount: Int { sectionWordCounts.reduce(0) { $0 + Int($1) } }

    // MARK: building

    mutating func intern(_ stem: String) -> Int32 {
        if let id = ids[stem] { return id }
        let id = Int32(stems.count)
        stems.append(stem)
        ids[stem] = id
        return id
    }

    /// Room for about `count` positions, so that building does not reallocate.
    mutating func reserveCapacity(_ count: Int) {
        wordIDs.reserveCapacity(count)
        breaks.reserveCapacity(count)
    }

    /// The stem id of a word id, stemming the word the first time it is used.
    @inline(__always)
    private mutating func stemID(ofWord word: Int32) -> Int32 {
        let known = wordStems[Int(word)]
        if known >= 0 { return known }
        let id = intern(WordIndex.stem(of: table.words[Int(word)]))
        wordStems[Int(word)] = id
        return id
    }

    /// Adds the pending words as one span, followed by a boundary.
    mutating func commitPending(section: Int, block: Int) {
        while wordStems.count < table.count { wordStems.append(-1) }
        let start = Int32(wordIDs.count)
        var words: Int32 = 0
        for item in pending {
            _ = stemID(ofWord: item.word)
            wordIDs.append(item.word)
            breaks.append(item.breakBefore)
            if item.word != markWord { words += 1 }
        }
        spans.append(Span(start: start, end: Int32(wordIDs.count), section: Int32(section), block: Int32(block)))
        while sectionRanges.count <= section + 1 {
            sectionRanges.append(start..<start)
            sectionWordCounts.append(0)
        }
        sectionRanges[section + 1] = sectionRanges[section + 1].lowerBound..<Int32(wordIDs.count)
        sectionWordCounts[section + 1] += words
        wordIDs.append(0)
        breaks.append(true)
    }

    /// Builds the position lists of every stem and drops the reading buffers; call it once,
    /// after the last span.
    mutating func finish() {
        var starts = [Int32](repeating: 0, count: stems.count + 1)
        for word in wordIDs where word != 0 { starts[Int(wordStems[Int(word)]) + 1] += 1 }
        for stem in 1..<starts.count { starts[stem] += starts[stem - 1] }
        var next = starts
        var list = [Int32](repeating: 0, count: Int(starts[starts.count - 1]))
        for (position, word) in wordIDs.enumerated() where word != 0 {
            let stem = Int(wordStems[Int(word)])
            list[Int(next[stem])] = Int32(position)
            next[stem] += 1
        }
        postingList = list
        postingStarts = starts
        pending = []
        longFormStart = []
    }

    /// The positions of a stem id, ascending (empty before `finish()`).
    func postings(of stem: Int32) -> ArraySlice<Int32> {
        guard Int(stem) + 1 < postingStarts.count else { return [] }
        return postingList[Int(postingStarts[Int(stem)])..<Int(postingStarts[Int(stem) + 1])]
    }

    mutating func appendHeading(_ words: [String]) {
        var stemIDs: [Int32] = [], wordIDs: [Int32] = []
        stemIDs.reserveCapacity(words.count)
        wordIDs.reserveCapacity(words.count)
        for word in words {
            let id = table.intern(word)
            while wordStems.count < table.count { wordStems.append(-1) }
            stemIDs.append(stemID(ofWord: id))
            wordIDs.append(id)
        }
        headings.append(stemIDs)
        headingWords.append(wordIDs)
    }

    /// The stem of a folded word: standard spelling, then the Indonesian root; an English plural
    /// in consonant + "s" without an Indonesian root loses its "s" ("maps", "applications");
    /// numbers and marks as they are.
    public static func stem(of word: String) -> String {
        StemCache.shared.value(for: word) { computeStem(of: word) }
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
        let list = postings(of: first)
        guard let ranges else { return verify(list, wanted, pattern.maxInserted, limit) }
        var result: [Hit] = []
        for range in ranges where result.count < limit {
            var low = list.startIndex, high = list.endIndex
            while low < high {
                let mid = (low + high) / 2
                if list[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var end = list.endIndex
            var above = low
            while above < end {
                let mid = (above + end) / 2
                if list[mid] < range.upperBound { above = mid + 1 } else { end = mid }
            }
            result += verify(list[low..<end], wanted, pattern.maxInserted, limit - result.count)
        }
        return result
    }

    private func verify(_ candidates: ArraySlice<Int32>, _ wanted: [Int32], _ maxInserted: Int, _ limit: Int) -> [Hit] {
        var result: [Hit] = []
        guard limit > 0 else { return result }
        let count = wordIDs.count
        candidates: for start in candidates {
            var cursor = Int(start)
            var inserted = 0
            for next in wanted.dropFirst() {
                var probe = cursor + 1
                while true {
                    guard probe < count, wordIDs[probe] != 0, !breaks[probe] else { continue candidates }
                    if wordStems[Int(wordIDs[probe])] == next { break }
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
        guard headings.indices.contains(section) else { return false }
        return Self.containsRun(wanted, in: headings[section])
    }

    /// Whether `words` holds `wanted` (not empty) as a contiguous run.
    static func containsRun(_ wanted: [Int32], in words: [Int32]) -> Bool {
        guard !wanted.isEmpty, wanted.count <= words.count else { return false }
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
    public func ids(from start: Int32, through end: Int32) -> [Int32] {
        wordIDs[Int(max(0, start))...Int(min(end, Int32(wordIDs.count - 1)))].map { wordStems[Int($0)] }
    }

    /// Whether a clause break precedes a position.
    public func breaksBefore(_ position: Int32) -> Bool { breaks[Int(position)] }
}

/// Stems already computed, shared by the documents of a run (the same words recur across files).
enum StemCache {
    static let shared = RunCache<String, String>(limit: 200_000)
}
