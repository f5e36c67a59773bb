/// A requirement's subject as a pack names it (`peta-rencana`, `manajemen-layanan`), with every
/// way documents write it: Indonesian and English terms, older e-government vocabulary,
/// abbreviations, standards that stand for it and functional descriptions.
public struct Concept: Sendable, Hashable {
    /// The id rules name (`concept: peta-rencana`).
    public var id: String
    /// How messages name it.
    public var label: LocalizedText
    /// Terms by category, in the order of `Concept.categories`.
    public var terms: [(category: String, phrases: [String])] {
        Concept.categories.compactMap { category in termsByCategory[category].map { (category, $0) } }
    }
    var termsByCategory: [String: [String]]
    /// Concepts whose terms also stand for this one (`reviu-paruh-waktu` includes `reviu-tahunan`).
    public var includes: [String]
    /// Longer phrases that start like a term but name something else ("jaringan intra pemerintah
    /// daerah" is not the national Jaringan Intra Pemerintah).
    public var excludes: [String] = []

    /// The term categories of a lexicon entry, as written in `concepts.yml`.
    public static let categories = ["id", "en", "older", "abbreviations", "standards", "descriptions"]

    public init(id: String, label: LocalizedText, termsByCategory: [String: [String]], includes: [String] = []) {
        self.id = id
        self.label = label
        self.termsByCategory = termsByCategory
        self.includes = includes
    }

    /// Every term of the concept itself (not of the concepts it includes).
    public var ownPhrases: [String] { terms.flatMap(\.phrases) }

    public static func == (lhs: Concept, rhs: Concept) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
