/// Queries rule kinds share: sections by heading, scopes, and whether a section has real content.
extension Document {
    /// Sections whose heading (numbering ignored) contains one of the phrasings, in document order.
    /// Words are compared by stem, so "Perencanaan" meets "rencana" and "Analisa Resiko" meets
    /// "analisis risiko"; heading phrases must be contiguous.
    public func sections(matching phrases: PhraseList) -> [Int] {
        analysis.sections(matching: phrases)
    }

    /// The sections `sections(matching:)` returns, computed without the analysis cache.
    func headingMatches(_ phrases: PhraseList) -> [Int] {
        let wanted = phrases.patterns.compactMap { terms.words.ids(of: $0) }
        let words = terms.words
        guard words.headingWords.count == sections.count, terms.headings.count == sections.count else {
            return sections.indices.filter { index in
                phrases.matchesExactly(terms.headings[index]) || wanted.contains { words.heading(index, containsIDs: $0) }
            }
        }
        // Exact runs compare folded-word ids; a phrase with a non-ASCII word compares Strings.
        var exact: [[Int32]] = [], byText: [[String]] = []
        for phrase in phrases.words {
            switch words.exactIDs(of: phrase) {
            case nil: byText.append(phrase)
            case let ids?: if !ids.isEmpty { exact.append(ids) }
            }
        }
        return sections.indices.filter { index in
            exact.contains { words.heading(index, containsWords: $0) }
                || byText.contains { TextFolding.contains(terms.headings[index], phrase: $0) }
                || wanted.contains { words.heading(index, containsIDs: $0) }
        }
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
        let units = subtree(of: index)
        let placeholderSections = analysis.placeholderSections
        if units.contains(where: placeholderSections.contains) { return false }
        let headingWords = analysis.headingWordCounts
        var words = 0
        for unit in units {
            // Each block counts one more, as the block separators of the former word lists did.
            words += terms.wordCount(inSection: unit) + sections[unit].blocks.count - headingWords[unit]
            if words >= minWords { return true }
        }
        return false
    }

    /// Whether a section's subtree holds a placeholder such as "TBD", "[isi]" or "akan dilengkapi".
    public func containsPlaceholder(_ index: Int) -> Bool {
        let placeholderSections = analysis.placeholderSections
        return subtree(of: index).contains(where: placeholderSections.contains)
    }
}

import Foundation
