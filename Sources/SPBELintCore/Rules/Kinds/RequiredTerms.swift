/// `required-terms`: terms (with synonyms) that must appear in a scope of the document.
///
/// ## What it checks
/// Each group in `allOf` must be present (any synonym of the group), and at least one phrasing in
/// `anyOf` must be present, in the text and headings of the scope.
///
/// ## Options
/// - `scope`: headings whose sections (with their subsections) form the scope; absent = the whole
///   document. When no such section exists the rule is silent, unless `fallbackToDocument` is true.
/// - `allOf`: a list of synonym groups, each group a list of phrasings.
/// - `anyOf`: a list of phrasings, one of which must appear.
/// - `fallbackToDocument`: search the whole document when the scope is absent.
/// - `includeYearTables`: also search sections holding a table with two or more year columns
///   (a roadmap matrix placed in another chapter).
///
/// ## Where findings point
/// The first scope heading, or line 1 when the scope is the whole document. One finding per
/// missing `allOf` group (`{term}` names it) and one for `anyOf`.
public struct RequiredTerms: RuleKind {
    public static let name = "required-terms"
    public static let summary = "Terms (with synonyms) appear in a scope: all of some groups, any of others."

    public struct Options: Decodable, Sendable {
        var scope: PhraseList?
        var allOf: [PhraseList]?
        var anyOf: PhraseList?
        var fallbackToDocument: Bool?
        var includeYearTables: Bool?

        enum CodingKeys: String, CodingKey, CaseIterable { case scope, allOf, anyOf, fallbackToDocument, includeYearTables }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
            allOf = try container.decodeIfPresent([PhraseList].self, forKey: .allOf)
            anyOf = try container.decodeIfPresent(PhraseList.self, forKey: .anyOf)
            fallbackToDocument = try container.decodeIfPresent(Bool.self, forKey: .fallbackToDocument)
            includeYearTables = try container.decodeIfPresent(Bool.self, forKey: .includeYearTables)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard options.allOf?.isEmpty == false || options.anyOf != nil else {
            throw RuleOptionError("give 'allOf' or 'anyOf'")
        }
        self.options = options
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        guard let resolved = resolvedScope(in: document) else { return .notApplicable }
        let matches = matches(in: resolved, of: document)
        guard matches.isEmpty else { return .unmet(matches) }
        guard let phrases = options.allOf?.first ?? options.anyOf else { return .met(Evidence(section: nil, position: .start)) }
        let primary = resolved.primarySections
        let hits = phrases.words.flatMap { document.terms.sections(containing: $0) }
            .filter { resolved.sections?.contains($0) ?? true }
            .sorted { (primary?.contains($0) ?? true ? 0 : 1, $0) < (primary?.contains($1) ?? true ? 0 : 1, $1) }
        guard let first = hits.first, first >= 0 else { return .met(Evidence(section: nil, position: .start)) }
        return .met(Evidence(section: first, position: document.sections[first].position))
    }

    private func resolvedScope(in document: Document) -> ResolvedScope? {
        guard var resolved = DocumentScope.resolve(options.scope, in: document,
                                                   fallbackToDocument: options.fallbackToDocument ?? false) else { return nil }
        resolved.primarySections = resolved.sections
        if options.includeYearTables == true, let sections = resolved.sections {
            resolved.sections = sections.union(document.yearTableSections)
        }
        return resolved
    }

    public func matches(in document: Document) -> [Match] {
        resolvedScope(in: document).map { matches(in: $0, of: document) } ?? []
    }

    private func matches(in resolved: ResolvedScope, of document: Document) -> [Match] {
        var matches: [Match] = []
        for group in options.allOf ?? [] where !resolved.contains(group, in: document) {
            matches.append(Match(position: resolved.position, section: resolved.anchor,
                                 values: ["term": LocalizedText(group.label)], key: group.label))
        }
        if let anyOf = options.anyOf, !resolved.contains(anyOf, in: document) {
            matches.append(Match(position: resolved.position, section: resolved.anchor,
                                 values: ["term": LocalizedText(anyOf.phrases.joined(separator: " / "))], key: "anyOf"))
        }
        return matches
    }
}

/// Resolves the part of a document a rule looks in: the whole document or the subtrees of matching sections.
enum DocumentScope {
    /// Resolves `scope` phrasings; nil when the scope is required but absent.
    static func resolve(_ phrases: PhraseList?, in document: Document, fallbackToDocument: Bool) -> ResolvedScope? {
        guard let phrases else { return ResolvedScope(sections: nil, anchor: nil, position: .start) }
        let roots = document.sections(matching: phrases)
        guard let first = roots.first else {
            return fallbackToDocument ? ResolvedScope(sections: nil, anchor: nil, position: .start) : nil
        }
        return ResolvedScope(sections: document.scope(of: roots), anchor: first,
                             position: document.sections[first].position)
    }
}

/// A resolved scope with the position its findings point at.
struct ResolvedScope {
    var sections: Set<Int>?
    /// The scope before roadmap matrices of other chapters were added, for choosing evidence.
    var primarySections: Set<Int>?
    var anchor: Int?
    var position: SourcePosition

    func contains(_ phrases: PhraseList, in document: Document) -> Bool {
        phrases.words.contains { document.terms.contains($0, inSections: sections) }
    }

    /// Tables in scope, in document order.
    func tables(in document: Document) -> [Table] {
        let blocks: [Block]
        if let sections {
            blocks = sections.sorted().flatMap { $0 < 0 ? document.preamble : document.sections[$0].blocks }
        } else {
            blocks = document.allBlocks
        }
        return blocks.compactMap(\.table)
    }
}
