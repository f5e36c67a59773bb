/// The storage behind `DocumentAnalysis`: one lazily filled slot per derived fact of a document.
///
/// A `Document` holds one; copies of the document share it, and changing the document's content
/// gives it a new, empty one.
final class AnalysisCache: Sendable {
    let legalStructure = LazySlot<LegalStructure>()
    let legalWords = LazySlot<LegalWords>()
    let internalReferences = LazySlot<[LegalReference]>()
    let yearTableSections = LazySlot<Set<Int>>()
    let placeholderSections = LazySlot<Set<Int>>()
    let headingWordCounts = LazySlot<[Int]>()
    let referenceCodes = LazySlot<[FoundReferenceCode]>()
    /// The word offsets of the spans whose hits were quoted, by the span's first position (only
    /// those spans: the word index keeps no offsets).
    let spanOffsets = LazyTable<Int32, [Int32]>()
    /// Sections by heading, per list of phrasings (what a match depends on).
    let sectionsByHeading = LazyTable<[String], [Int]>()

    init() {}
}
