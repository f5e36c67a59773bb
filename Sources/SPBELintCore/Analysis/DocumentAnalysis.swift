/// What rules derive from one document, computed once on first use and shared by every rule
/// that asks: the legal structure, its folded texts, roadmap matrices, placeholders and the
/// located texts pattern rules scan.
///
/// Reach it as `document.analysis`; it is safe to use from several threads.
public struct DocumentAnalysis: Sendable {
    public let document: Document
    let cache: AnalysisCache

    init(document: Document, cache: AnalysisCache) {
        self.document = document
        self.cache = cache
    }

    /// The statute structure (Menimbang, Mengingat, BAB, Pasal with ayat and points, Lampiran),
    /// read in one walk of the document.
    public var legalStructure: LegalStructure {
        cache.legalStructure.get { LegalStructure(document: document) }
    }

    /// Folded words of the legal structure's parts, for phrase queries on them.
    public var legalWords: LegalWords {
        cache.legalWords.get { LegalWords(legalStructure) }
    }

    /// Every reference the body's Pasal make to the statute's own provisions, in order.
    public var internalReferences: [LegalReference] {
        cache.internalReferences.get { legalStructure.internalReferences }
    }

    /// Sections holding a roadmap matrix (year columns and a responsible-unit column).
    public var yearTableSections: Set<Int> {
        cache.yearTableSections.get { DocumentFacts.yearTableSections(in: document.sections) }
    }

    /// Sections whose own blocks hold a placeholder ("TBD", "[isi]", "akan dilengkapi").
    public var placeholderSections: Set<Int> {
        cache.placeholderSections.get { DocumentFacts.placeholderSections(in: document.sections, terms: document.terms) }
    }

    /// The number of folded words of each section's heading (numbering included), by section index.
    public var headingWordCounts: [Int] {
        cache.headingWordCounts.get { document.sections.map { TextFolding.words(of: $0.rawHeading).count } }
    }

    /// The UTF-8 offsets of the words of the span starting at `start`, read from its text once per
    /// document however many rules quote hits in it.
    func wordOffsets(ofSpanAt start: Int32, text: () -> String, lineBreaks: Bool) -> [Int32] {
        cache.spanOffsets.get(start) { WordIndex.wordOffsets(in: text(), lineBreaks: lineBreaks) }
    }

    /// Every reference-model code written in the document's paragraphs, list items and table rows,
    /// in order, found once however many rules check them (the texts themselves are not kept).
    public var referenceCodes: [FoundReferenceCode] {
        cache.referenceCodes.get {
            var found: [FoundReferenceCode] = []
            document.forEachLocatedText { located in
                for code in ReferenceCodeScanner.codes(in: located.text) {
                    found.append(FoundReferenceCode(code: code, position: located.position, section: located.section))
                }
            }
            return found
        }
    }

    /// Sections whose heading matches one of the phrasings, in document order; each list is
    /// matched once per document however many rules, scopes and hits ask for it.
    public func sections(matching phrases: PhraseList) -> [Int] {
        cache.sectionsByHeading.get(phrases.phrases) { document.headingMatches(phrases) }
    }
}

/// Folded words of a statute's Pasal and preamble points, in the order of `LegalStructure`.
public struct LegalWords: Sendable {
    /// Folded words of each Pasal's text, in the order of `LegalStructure.pasal`.
    public let pasal: [[String]]
    /// Folded words of each Menimbang point.
    public let menimbang: [[String]]
    /// Folded words of each Mengingat point.
    public let mengingat: [[String]]

    init(_ legal: LegalStructure) {
        pasal = legal.pasal.map { TextFolding.words(of: $0.text) }
        menimbang = legal.menimbang.map { TextFolding.words(of: $0.text) }
        mengingat = legal.mengingat.map { TextFolding.words(of: $0.text) }
    }
}
