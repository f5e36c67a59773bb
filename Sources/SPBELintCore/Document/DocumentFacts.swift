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
    /// the words the term index already folded (one unit per section, blocks separated by "").
    static func placeholderSections(in sections: [Section], terms: TermIndex) -> Set<Int> {
        Set(sections.indices.filter { index in
            let blocks = sections[index].blocks
            guard !blocks.isEmpty else { return false }
            let unitWords = terms.units[index + 1].split(separator: "", omittingEmptySubsequences: false).dropFirst()
            return zip(blocks, unitWords).contains { Placeholder.isPlaceholder($0.text, words: Array($1)) }
        })
    }
}
