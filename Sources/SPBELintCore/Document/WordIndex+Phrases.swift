/// Exact phrase queries on folded words: a run of words inside one heading or one block, check
/// marks skipped, answered from the word ids and the stem postings of the phrase's first word.
extension WordIndex {
    /// The id of a folded word, or nil when no heading or block of the document holds it.
    public func wordID(of word: String) -> Int32? {
        guard let id = table.id(of: word), Int(id) < wordStems.count, wordStems[Int(id)] >= 0 else { return nil }
        return id
    }

    /// Sections (by index; `-1` for the preamble) whose heading or own blocks hold the folded words
    /// as a contiguous run, in document order.
    public func sections(containing phrase: [String]) -> [Int] {
        var result: [Int] = []
        forEachSection(containing: phrase) { section in
            result.append(section)
            return true
        }
        return result
    }

    /// Calls `body` with each section holding the phrase, in order, until it returns false.
    func forEachSection(containing phrase: [String], _ body: (Int) -> Bool) {
        guard !phrase.isEmpty else { return }
        var wanted: [Int32] = []
        wanted.reserveCapacity(phrase.count)
        for word in phrase {
            guard let id = wordID(of: word) else { return }
            wanted.append(id)
        }
        let first = wanted[0]
        var sectionEnd: Int32 = -1
        for start in postings(of: wordStems[Int(first)]) where start >= sectionEnd && wordIDs[Int(start)] == first {
            guard holds(wanted, at: Int(start)) else { continue }
            let section = Int(span(of: start).section)
            guard body(section) else { return }
            sectionEnd = sectionRanges[section + 1].upperBound
        }
    }

    /// Whether the words after `start` (check marks skipped, never past a span's end) are `wanted`.
    private func holds(_ wanted: [Int32], at start: Int) -> Bool {
        var position = start
        for next in wanted.dropFirst() {
            position += 1
            while position < wordIDs.count, wordIDs[position] == markWord { position += 1 }
            guard position < wordIDs.count, wordIDs[position] == next else { return false }
        }
        return true
    }

    /// The folded-word ids of a phrase, for `heading(_:containsWords:)`: nil when a word is not
    /// ASCII (String equality is canonical equivalence, the table's is bytes), [] when some word
    /// is in no heading or block (the phrase cannot occur).
    func exactIDs(of phrase: [String]) -> [Int32]? {
        var ids: [Int32] = []
        ids.reserveCapacity(phrase.count)
        for word in phrase {
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let id = table.id(of: word) else { return [] }
            ids.append(id)
        }
        return ids
    }

    /// Whether a section's normalised heading holds these folded-word ids as a contiguous run.
    func heading(_ section: Int, containsWords wanted: [Int32]) -> Bool {
        guard headingWords.indices.contains(section) else { return false }
        return Self.containsRun(wanted, in: headingWords[section])
    }

    /// The folded words of a span, check marks left out.
    public func words(in span: Span) -> [String] {
        wordIDs[Int(span.start)..<Int(span.end)].compactMap { $0 == markWord ? nil : table.words[Int($0)] }
    }

    /// Whether a span holds a word id whose flag is set in `mask` (indexed by word id).
    func contains(anyOf mask: [Bool], in span: Span) -> Bool {
        wordIDs[Int(span.start)..<Int(span.end)].contains { Int($0) < mask.count && mask[Int($0)] }
    }

    /// Whether a span holds one of the given word ids.
    public func contains(anyOf words: Set<Int32>, in span: Span) -> Bool {
        wordIDs[Int(span.start)..<Int(span.end)].contains { words.contains($0) }
    }
}
