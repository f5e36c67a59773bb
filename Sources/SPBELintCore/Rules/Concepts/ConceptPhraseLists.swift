/// The phrase lists of a lexicon's concepts, compiled once per load and shared by every rule that
/// names the concept alone (`headings: { concept: arsitektur }`): the concept's phrases, those of
/// the concepts it includes and their exclusions are gathered and stemmed only the first time.
final class ConceptPhraseLists: Sendable {
    private let lists = LazyTable<String, PhraseList>()

    /// The list of one concept of `lexicon`, compiled on first use.
    func list(of id: String, in lexicon: ConceptLexicon) -> PhraseList {
        lists.get(id) {
            let names = lexicon.concept(id).map { ($0.label.id, $0.label.en) }
            return PhraseList(lexicon.phrases(of: id), concepts: [id], names: names, exclusions: lexicon.exclusions(of: id))
        }
    }
}
