/// `required-terms`: terms or concepts that must appear in a scope of the document, where they count.
///
/// ## What it checks
/// Each group in `allOf` must be present (any phrase of the group, or any term of its concept),
/// and at least one phrasing in `anyOf`, in the text and headings of the scope. Words match through
/// Indonesian affixes and spelling variants; phrases of three words or more allow two inserted words.
///
/// ## Options
/// - `scope`: headings (or `{concept: id}`) whose sections (with their subsections) form the scope;
///   absent = the whole document. When no such section exists the rule is silent, unless
///   `fallbackToDocument` is true.
/// - `allOf`: a list of groups, each a phrase list or `{concept: id}`.
/// - `anyOf`: a phrase list or concept, one of which must appear.
/// - `fallbackToDocument`: search the whole document when the scope is absent.
/// - `scopeAlso`: groups of phrasings; a section whose own text holds one of each group joins the
///   scope wherever it is: a roadmap's review clause in the closing chapter ("Peta Rencana SPBE
///   ... direviu oleh Bupati").
/// - `includeYearTables`: also search sections holding a roadmap matrix of another chapter.
/// - `evidence`: what counts. `mention` (default): any occurrence. `planned`: a heading, a row or
///   line with a year, a check mark or in a roadmap matrix, or text under a heading naming it; a
///   mere mention gives an `info` finding saying where it was seen. `described`: not only as an
///   item of a list naming four or more of the groups.
/// - `together`: every `allOf` group in one paragraph, list item or table row (or one under a
///   heading naming another), not scattered ("anggaran" on one page, "RKPD" on another).
/// - `widen` (default true with a `scope`): a group absent from the scope is looked for in the
///   sibling sections (met when a sibling treats it: in a heading, twice or more, or beside another
///   group of the rule) and then in the whole document (found: an `info` finding
///   naming where it is, instead of saying it is missing).
/// - `combine`: the missing `allOf` groups are one finding whose `{term}` names them all.
/// - `levels`: the `allOf` groups are successive maturity levels (a local facility, then its link to
///   the national one): the first missing group is the gap and hides the ones after it; a document
///   whose date is uncertain is asked the first group only (see `LevelledCheck`). `true`, or a list
///   with one `{id, en}` per group after the first: what its gap means for the indicator ("indikator
///   5 Permenpan RB 59/2020 tertahan di tingkat 3"), said after the finding (see `MaturityLevels`).
///
/// ## Where findings point
/// The first scope heading, or line 1 when the scope is the whole document; an `info` finding at
/// the place the term was seen. One finding per missing `allOf` group (`{term}` names it) and one for `anyOf`.
public struct RequiredTerms: RuleKind, LevelledCheck {
    public static let name = "required-terms"
    public static let summary = "Terms or concepts appear in a scope where they count: all of some groups, any of others."

    /// What counts as evidence that a group is present.
    public enum EvidenceLevel: String, Decodable, Sendable { case mention, planned, described }

    public struct Options: Decodable, Sendable {
        var scope: PhraseList?
        var allOf: [PhraseList]?
        var anyOf: PhraseList?
        var fallbackToDocument: Bool?
        var includeYearTables: Bool?
        var evidence: EvidenceLevel?
        var together: Bool?
        var widen: Bool?
        /// The `allOf` groups are successive levels: a missing group hides the ones after it.
        var levels: MaturityLevels?
        /// The missing groups are one finding naming them all ("A, B, C"), not one each.
        var combine: Bool?
        var scopeAlso: [PhraseList]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case scope, allOf, anyOf, fallbackToDocument, includeYearTables, evidence, together, widen, levels, combine,
                 scopeAlso
        }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
            allOf = try container.decodeIfPresent([PhraseList].self, forKey: .allOf)
            anyOf = try container.decodeIfPresent(PhraseList.self, forKey: .anyOf)
            fallbackToDocument = try container.decodeIfPresent(Bool.self, forKey: .fallbackToDocument)
            includeYearTables = try container.decodeIfPresent(Bool.self, forKey: .includeYearTables)
            evidence = try container.decodeIfPresent(EvidenceLevel.self, forKey: .evidence)
            together = try container.decodeIfPresent(Bool.self, forKey: .together)
            widen = try container.decodeIfPresent(Bool.self, forKey: .widen)
            levels = try container.decodeIfPresent(MaturityLevels.self, forKey: .levels)
            combine = try container.decodeIfPresent(Bool.self, forKey: .combine)
            scopeAlso = try container.decodeIfPresent([PhraseList].self, forKey: .scopeAlso)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard options.allOf?.isEmpty == false || options.anyOf != nil else {
            throw RuleOptionError("give 'allOf' or 'anyOf'")
        }
        if options.together == true, (options.allOf?.count ?? 0) < 2 {
            throw RuleOptionError("'together' needs two or more 'allOf' groups")
        }
        if let levels = options.levels, levels.enabled {
            let count = options.allOf?.count ?? 0
            if options.together == true || options.anyOf != nil || count < 2 {
                throw RuleOptionError("'levels' needs two or more 'allOf' groups, without 'anyOf' or 'together'")
            }
            if !levels.consequences.isEmpty, levels.consequences.count != count - 1 {
                throw RuleOptionError("'levels' lists \(levels.consequences.count) consequences; give one for each 'allOf' group after the first (\(count - 1))")
            }
        }
        self.options = options
    }

    /// The groups to find, with the key and `{term}` value of their findings.
    private var groups: [(list: PhraseList, key: String, term: LocalizedText)] {
        var result = (options.allOf ?? []).map { ($0, $0.label, Self.name(of: $0)) }
        if let anyOf = options.anyOf {
            let term = anyOf.names.map { LocalizedText(id: $0.id, en: $0.en) }
                ?? LocalizedText(anyOf.phrases.prefix(4).joined(separator: " / "))
            result.append((anyOf, "anyOf", term))
        }
        return result
    }

    static func name(of list: PhraseList) -> LocalizedText {
        list.names.map { LocalizedText(id: $0.id, en: $0.en) } ?? LocalizedText(list.label)
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        guard let resolved = resolvedScope(in: document) else { return .notApplicable }
        if options.together == true { return together(in: resolved, of: document) }
        var matches: [Match] = []
        var evidence: Evidence?
        let all = groups
        let listed = options.evidence == .described ? namedGroupsBySpan(all.map(\.list), in: resolved.sections, of: document) : [:]
        for (level, group) in all.enumerated() {
            let found: [TermHit]
            if (options.evidence ?? .mention) == .mention {
                // Any hit counts: the first of the scope proper, else of another chapter's matrix.
                found = resolved.primarySections.map { document.hits(of: group.list, in: $0, limit: 1) } ?? []
                if let hit = found.first ?? document.hits(of: group.list, in: resolved.sections, limit: 1).first {
                    if evidence == nil { evidence = Self.evidence(hit, in: document) }
                    continue
                }
            } else {
                found = document.hits(of: group.list, in: resolved.sections)
                let counting = found.filter { counts($0, of: group.list, listed: listed, in: document) }
                if let hit = preferred(counting, in: resolved) {
                    if evidence == nil { evidence = Self.evidence(hit, in: document) }
                    continue
                }
            }
            if let mention = found.first {
                matches.append(mentioned(mention, group: group, in: document, anchor: resolved))
                continue
            }
            if let outcome = widened(group, in: resolved, of: document, all: all) {
                switch outcome {
                case .met(let found): if evidence == nil { evidence = found }
                case .elsewhere(let match): matches.append(match)
                }
                continue
            }
            if let levels = options.levels, levels.enabled {
                // A missing level is the gap; the levels above it are missing with it. Its message
                // says the level below is there, so a note of where that was seen is not repeated.
                if level > 0 { matches.removeAll { $0.severity == .info } }
                matches.append(Self.missingLevel(level, of: all.map(\.term), consequence: levels.consequence(at: level),
                                                 at: resolved, key: group.key))
                break
            }
            matches.append(Match(position: resolved.position, section: resolved.anchor,
                                 values: ["term": group.term], key: group.key))
        }
        guard matches.isEmpty else { return .unmet(options.combine == true ? Self.combined(matches) : matches) }
        return .met(evidence ?? Evidence(section: nil, position: .start))
    }

    public func matches(in document: Document) -> [Match] {
        evaluate(in: document).matches
    }

    /// With `combine`: the plainly missing groups as one match whose `{term}` lists them ("A, B, C",
    /// each shown by its label); findings of another kind (mentioned, elsewhere) stay as they are.
    static func combined(_ matches: [Match]) -> [Match] {
        let missing = matches.filter { $0.message == nil && $0.severity == nil }
        guard missing.count > 1, var first = missing.first else { return matches }
        let terms = missing.compactMap { $0.values["term"] }
        first.values["term"] = LocalizedText(id: terms.map(\.id).joined(separator: ", "), en: terms.map(\.en).joined(separator: ", "))
        first.key = missing.map(\.key).joined(separator: "+")
        return [first] + matches.filter { $0.message != nil || $0.severity != nil }
    }

    /// The finding of a missing level: the rule's own message for the first, else that the level
    /// below is there but its link to this one is not stated, and what that means for the indicator
    /// (the rule's `consequence` for the level, else that it stays below its top level).
    static func missingLevel(_ level: Int, of terms: [LocalizedText], consequence: LocalizedText? = nil,
                             at resolved: ResolvedScope, key: String) -> Match {
        var match = Match(position: resolved.position, section: resolved.anchor, values: ["term": terms[level]], key: key)
        guard level > 0 else { return match }
        match.values["previous"] = terms[level - 1]
        let outcome = consequence ?? LocalizedText(id: "indikatornya tertahan di bawah tingkat tertinggi",
                                                   en: "the indicator stays below its top level")
        match.message = LocalizedText(id: "{previous} sudah ada, tetapi keterhubungannya dengan {term} belum disebut; \(outcome.id).",
                                      en: "{previous} is there, but its link to {term} is not stated; \(outcome.en).")
        return match
    }

    /// With `levels`, the check asking the first `allOf` group only; otherwise the check itself.
    public func firstLevel() -> any RuleCheck {
        guard options.levels?.enabled == true, let first = options.allOf?.first else { return self }
        var options = options
        options.allOf = [first]
        options.levels = nil
        return RequiredTerms(unchecked: options)
    }

    private init(unchecked options: Options) { self.options = options }

    private func resolvedScope(in document: Document) -> ResolvedScope? {
        var found = DocumentScope.resolve(options.scope, in: document, fallbackToDocument: options.fallbackToDocument ?? false)
        if let also = options.scopeAlso, !also.isEmpty, found?.sections != nil || found == nil {
            let holding = also.map { Set(document.hits(of: $0).map(\.section).filter { $0 >= 0 }) }
            let extra = holding.dropFirst().reduce(holding[0]) { $0.intersection($1) }
            if var scoped = found, let sections = scoped.sections {
                scoped.sections = sections.union(extra)
                found = scoped
            } else if let first = extra.min() {
                found = ResolvedScope(sections: extra, anchor: first, position: document.sections[first].position)
            }
        }
        guard var resolved = found else { return nil }
        resolved.primarySections = resolved.sections
        if options.includeYearTables == true, let sections = resolved.sections {
            resolved.sections = sections.union(document.yearTableSections)
        }
        return resolved
    }

    /// The first hit of the scope proper, else the first hit (of another chapter's roadmap matrix).
    private func preferred(_ hits: [TermHit], in resolved: ResolvedScope) -> TermHit? {
        guard let primary = resolved.primarySections else { return hits.first }
        return hits.first { primary.contains($0.section) } ?? hits.first
    }

    static func evidence(_ hit: TermHit, in document: Document) -> Evidence {
        Evidence(section: hit.section >= 0 ? hit.section : nil, position: document.position(of: hit),
                 excerpt: document.excerpt(of: hit))
    }

    /// For `described`: how many of the groups each span (paragraph, list) names, by span start.
    private func namedGroupsBySpan(_ lists: [PhraseList], in scope: Set<Int>?, of document: Document) -> [Int32: Int] {
        var counts: [Int32: Int] = [:]
        for list in lists {
            let spans = Set(document.hits(of: list, in: scope).map { document.terms.words.span(of: $0.start).start })
            for span in spans { counts[span, default: 0] += 1 }
        }
        return counts
    }

    /// Whether a hit counts as evidence at the rule's `evidence` level.
    private func counts(_ hit: TermHit, of list: PhraseList, listed: [Int32: Int], in document: Document) -> Bool {
        switch options.evidence ?? .mention {
        case .mention:
            return true
        case .planned:
            if document.isPlanned(hit) { return true }
            let own = document.sections(matching: list)
            return own.contains { hit.section >= 0 && document.isInside(hit.section, ancestor: $0) }
        case .described:
            return !isEnumerationItem(hit, listed: listed, in: document)
        }
    }

    /// A hit in a paragraph naming four or more of the groups, or a short item of such a list.
    private func isEnumerationItem(_ hit: TermHit, listed: [Int32: Int], in document: Document) -> Bool {
        guard let block = document.block(of: hit), block.kind != .table else { return false }
        let span = document.terms.words.span(of: hit.start)
        guard listed[span.start, default: 0] >= 4 else { return false }
        if block.kind == .list { return Self.spaceSeparatedCount(document.context(of: hit)) <= 8 }
        return true
    }

    /// `text.split(separator: " ").count`, counted on the bytes when the text is ASCII (where a
    /// space byte is always a Character of its own).
    static func spaceSeparatedCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.split(separator: " ").count }
            if byte == 0x20 {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    private func mentioned(_ hit: TermHit, group: (list: PhraseList, key: String, term: LocalizedText),
                           in document: Document, anchor: ResolvedScope) -> Match {
        let place = document.place(of: hit)
        let message: LocalizedText
        if options.evidence == .described {
            message = LocalizedText(
                id: "\(group.term.id) hanya disebut sebagai butir daftar di \(place.id), belum diuraikan atau direncanakan.",
                en: "\(group.term.en) is only named as a list item at \(place.en), not described or planned.")
        } else {
            message = LocalizedText(
                id: "\(group.term.id) hanya disebut di \(place.id), belum direncanakan: tidak di bagiannya sendiri dan tidak di baris rencana yang bertahun atau berpenanggung jawab.",
                en: "\(group.term.en) is only mentioned at \(place.en), not planned: not in its own section nor in a plan row with years or a responsible unit.")
        }
        return Match(position: document.position(of: hit), section: hit.section >= 0 ? hit.section : anchor.anchor,
                     values: ["term": group.term], key: "mentioned:" + group.key, message: message, severity: .info)
    }

    private enum Widened {
        case met(Evidence)
        case elsewhere(Match)
    }

    /// Looks for a group absent from the scope in sibling sections, then in the whole document.
    private func widened(_ group: (list: PhraseList, key: String, term: LocalizedText), in resolved: ResolvedScope,
                         of document: Document, all: [(list: PhraseList, key: String, term: LocalizedText)]) -> Widened? {
        guard options.widen ?? true, let scope = resolved.sections, let anchor = resolved.anchor else { return nil }
        let listed = options.evidence == .described ? namedGroupsBySpan(all.map(\.list), in: nil, of: document) : [:]
        var siblings = Set<Int>()
        for root in scope where document.sections[root].parent.map({ !scope.contains($0) }) ?? false {
            let parent = document.sections[root].parent!
            for child in document.sections[parent].children where !scope.contains(child) {
                siblings.formUnion(document.subtree(of: child))
            }
        }
        let counting = { (hits: [TermHit]) in hits.filter { counts($0, of: group.list, listed: listed, in: document) } }
        // A sibling section meets it when it treats the subject: a heading, two mentions or more, or a
        // mention beside another group of the rule; a single passing mention is reported as found elsewhere.
        let nearby = siblings.isEmpty ? [] : counting(document.hits(of: group.list, in: siblings, limit: 200))
        let treated = nearby.prefix(20).first { hit in
            all.contains { other in other.key != group.key && document.contains(other.list, in: [hit.section]) }
        }
        if let hit = nearby.first(where: { $0.block < 0 }) ?? (nearby.count >= 2 ? nearby.first : treated) {
            return .met(Self.evidence(hit, in: document))
        }
        guard let hit = counting(document.hits(of: group.list, limit: 200)).first else { return nil }
        let place = document.place(of: hit)
        let scopeName = document.sections[anchor].title
        // `{term}` is filled by the rule, so that its display labels (`termLabels`) name the term.
        // What is missing first (the part does not name it), then where it was seen.
        let message = LocalizedText(id: "Bagian \"\(scopeName)\" belum menyebut {term}; {term} hanya ada di \(place.id).",
                                    en: "The \"\(scopeName)\" part does not mention {term}; it is only at \(place.en).")
        return .elsewhere(Match(position: document.position(of: hit), section: anchor, values: ["term": group.term],
                                key: "elsewhere:" + group.key, message: message, severity: .info))
    }

    /// `together`: every group in one paragraph, list item or table row, or in one section whose
    /// heading names one of them.
    private func together(in resolved: ResolvedScope, of document: Document) -> RuleOutcome {
        let all = groups
        let hits = all.map { document.hits(of: $0.list, in: resolved.sections) }
        var missing: [Match] = []
        for (group, found) in zip(all, hits) where found.isEmpty {
            missing.append(Match(position: resolved.position, section: resolved.anchor,
                                 values: ["term": group.term], key: group.key))
        }
        guard missing.isEmpty else { return .unmet(options.combine == true ? Self.combined(missing) : missing) }
        // Spans (paragraphs, lists, tables) holding every group; in a list or table, one item or row.
        let spans = hits.map { Set($0.map { document.terms.words.span(of: $0.start).start }) }
        let shared = spans.dropFirst().reduce(spans[0]) { $0.intersection($1) }
        for span in shared.sorted() {
            let inSpan = hits.map { $0.filter { document.terms.words.span(of: $0.start).start == span } }
            guard let block = document.block(of: inSpan[0][0]), block.kind == .list || block.kind == .table else {
                return .met(Self.evidence(inSpan[0][0], in: document))
            }
            let lines = inSpan.map { Set($0.map { document.position(of: $0).line }) }
            if let line = lines.dropFirst().reduce(lines[0], { $0.intersection($1) }).min(),
               let hit = inSpan[0].first(where: { document.position(of: $0).line == line }) {
                return .met(Self.evidence(hit, in: document))
            }
        }
        for (index, found) in hits.enumerated() {
            for heading in found where heading.block < 0 {
                let others = hits.indices.filter { $0 != index }
                if others.allSatisfy({ hits[$0].contains { $0.section == heading.section } }) {
                    return .met(Self.evidence(heading, in: document))
                }
            }
        }
        // Each term is a placeholder ({term}, {term1}, ...) so that the rule's `termLabels` name it.
        let places = hits.map { document.place(of: $0[0]) }
        let names = all.indices.map { $0 == 0 ? "{term}" : "{term\($0)}" }
        let id = ListWords.joined(zip(names, places).map { "\($0.0) di \($0.1.id)" }, and: "dan")
        let en = ListWords.joined(zip(names, places).map { "\($0.0) at \($0.1.en)" }, and: "and")
        var values: [String: LocalizedText] = [:]
        for (index, group) in all.enumerated() { values[index == 0 ? "term" : "term\(index)"] = group.term }
        let first = hits[0][0]
        return .unmet([Match(position: document.position(of: first), section: first.section >= 0 ? first.section : resolved.anchor,
                             values: values, key: "scattered",
                             message: LocalizedText(
                                id: "Belum dikaitkan dalam satu paragraf atau baris tabel: \(id) hanya disebut terpisah.",
                                en: "Not tied together in one paragraph or table row: \(en) are only named apart."))])
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
        document.contains(phrases, in: sections)
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
