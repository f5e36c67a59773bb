/// Facts about a document that several rules need, computed once when the document is built.
enum DocumentFacts {
    /// Words of a header cell naming who is responsible for a roadmap row.
    static let responsibleColumn = PhraseList(["opd", "perangkat daerah", "penanggung jawab", "unit kerja",
                                               "pelaksana", "responsible", "unit"])

    /// Sections holding a roadmap matrix: a table whose header has two or more year columns and a
    /// responsible-unit column (a table of yearly targets alone is not a roadmap).
    static func yearTableSections(in sections: [Section]) -> Set<Int> {
        Set(sections.indices.filter { index in
            sections[index].blocks.contains { block in
                guard let header = block.table?.header else { return false }
                let years = header.filter { Period.years(in: $0.text).count >= 1 && $0.text.count <= 11 }.count
                return years >= 2 && header.contains { responsibleColumn.matches(TextFolding.words(of: $0.text)) }
            }
        })
    }

    /// Sections whose own blocks hold a placeholder ("TBD", "[isi]", "akan dilengkapi"), read from
    /// the words the word index already folded; a block's words are only gathered when it holds
    /// the first word of a placeholder phrase.
    static func placeholderSections(in sections: [Section], terms: TermIndex) -> Set<Int> {
        let index = terms.words
        let firstWords = Set(Placeholder.phrases.words.compactMap { $0.first.flatMap(index.wordID(of:)) })
        // One flag per word id: a look-up, not a hash, for every word of the document.
        var firstWordMask = [Bool](repeating: false, count: index.table.count)
        for word in firstWords where Int(word) < firstWordMask.count { firstWordMask[Int(word)] = true }
        var result = Set<Int>()
        for span in index.spans where span.section >= 0 && span.block >= 0 && !result.contains(Int(span.section)) {
            let text = sections[Int(span.section)].blocks[Int(span.block)].text
            let words = index.contains(anyOf: firstWordMask, in: span) ? index.words(in: span) : []
            if Placeholder.isPlaceholder(text, words: words) { result.insert(Int(span.section)) }
        }
        return result
    }
}
