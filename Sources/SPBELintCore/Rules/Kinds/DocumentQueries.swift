/// Queries rule kinds share: sections by heading, scopes, and whether a section has real content.
extension Document {
    /// Sections whose heading (numbering ignored) contains one of the phrasings, in document order.
    public func sections(matching phrases: PhraseList) -> [Int] {
        sections.indices.filter { phrases.matches(terms.headings[$0]) }
    }

    /// Sections matching `phrases` that lie inside a section matching `parents` (when given).
    public func sections(matching phrases: PhraseList, within parents: [Int]?) -> [Int] {
        let found = sections(matching: phrases)
        guard let parents else { return found }
        return found.filter { index in parents.contains { isInside(index, ancestor: $0) } }
    }

    /// The set of section indices in the subtrees of the given sections.
    public func scope(of roots: [Int]) -> Set<Int> {
        var result = Set<Int>()
        for root in roots where !result.contains(root) { result.formUnion(subtree(of: root)) }
        return result
    }

    /// Whether a section's subtree holds at least `minWords` words of text that is not a placeholder.
    public func hasRealContent(_ index: Int, minWords: Int) -> Bool {
        let blocks = blocks(inSubtreeOf: index)
        if blocks.contains(where: { Placeholder.isPlaceholder($0.text) }) { return false }
        var words = 0
        for unit in subtree(of: index) {
            words += terms.units[unit + 1].count - TextFolding.words(of: sections[unit].rawHeading).count
            if words >= minWords { return true }
        }
        return false
    }

    /// Words of a header cell naming who is responsible for a roadmap row.
    static let responsibleColumn = PhraseList(["opd", "perangkat daerah", "penanggung jawab", "unit kerja",
                                               "pelaksana", "responsible", "unit"])

    /// Sections holding a roadmap matrix: a table whose header has two or more year columns and a
    /// responsible-unit column (a table of yearly targets alone is not a roadmap).
    public func sectionsWithYearTables() -> Set<Int> {
        Set(sections.indices.filter { index in
            sections[index].blocks.contains { block in
                guard let header = block.table?.header else { return false }
                let years = header.filter { Period.years(in: $0.text).count >= 1 && $0.text.count <= 11 }.count
                return years >= 2 && header.contains { Document.responsibleColumn.matches(TextFolding.words(of: $0.text)) }
            }
        })
    }

    /// Whether a section's subtree holds a placeholder such as "TBD", "[isi]" or "akan dilengkapi".
    public func containsPlaceholder(_ index: Int) -> Bool {
        blocks(inSubtreeOf: index).contains { Placeholder.isPlaceholder($0.text) }
    }
}

/// Recognises placeholder text left in drafts ("TBD", "[isi]", "...", "lorem ipsum", "akan dilengkapi").
public enum Placeholder {
    static let wholeBlock: Set<String> = ["tbd", "tba", "todo", "...", "…", "-", "–", "isi", "[isi]", "xxx",
                                          "(isi)", "n/a", "belum ada", "kosong"]
    static let anywhere = ["lorem ipsum", "akan dilengkapi", "[isi", "(akan diisi", "akan diisi kemudian",
                           "to be completed", "to be determined", "[tbd]", "(tbd)"]

    /// Whether a block's whole text is a placeholder or it contains a placeholder phrase.
    public static func isPlaceholder(_ text: String) -> Bool {
        let folded = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if wholeBlock.contains(folded) { return true }
        return anywhere.contains { folded.contains($0) }
    }
}

import Foundation
