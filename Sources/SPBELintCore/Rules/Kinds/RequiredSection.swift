/// `required-section`: a section with one of several headings must exist and hold real content.
///
/// ## What it checks
/// A heading matching any phrasing in `headings` (case, numbering, "BAB"/roman prefixes and the
/// long form of SPBE ignored), optionally inside a section matching `within`; and that the section
/// is not empty and holds no placeholder ("TBD", "[isi]", "...", "lorem ipsum", "akan dilengkapi").
///
/// ## Options
/// - `headings`: phrasings or `{concept: id}`, any of which may appear in the heading (words
///   compared by stem: "Perencanaan" meets "rencana").
/// - `within`: phrasings of the parent; when no such parent exists the rule is silent (the
///   parent's own rule reports it).
/// - `near`: phrasings of the section a missing one belongs under, used only to point the finding.
/// - `minWords`: words of content needed (default 5).
///
/// ## Where findings point
/// A missing section: the first `within` (or `near`) heading, else line 1. An empty section or one
/// holding a placeholder: its own heading.
public struct RequiredSection: RuleKind {
    public static let name = "required-section"
    public static let summary = "A section with one of several headings exists and has real content."

    public struct Options: Decodable, Sendable {
        var headings: PhraseList
        var within: PhraseList?
        var near: PhraseList?
        var minWords: Int?

        enum CodingKeys: String, CodingKey, CaseIterable { case headings, within, near, minWords }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            headings = try container.decode(PhraseList.self, forKey: .headings)
            within = try container.decodeIfPresent(PhraseList.self, forKey: .within)
            near = try container.decodeIfPresent(PhraseList.self, forKey: .near)
            minWords = try container.decodeIfPresent(Int.self, forKey: .minWords)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard !options.headings.words.isEmpty else { throw RuleOptionError("'headings' needs at least one phrasing") }
        self.options = options
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        let matches = matches(in: document)
        guard matches.isEmpty else { return .unmet(matches) }
        let parents = options.within.map { document.sections(matching: $0) }
        let found = document.sections(matching: options.headings, within: parents)
        guard let met = found.first(where: { document.hasRealContent($0, minWords: options.minWords ?? 5) }) else {
            return .unmet([])
        }
        return .met(Evidence(section: met, position: document.sections[met].position, excerpt: document.headingExcerpt(met)))
    }

    public func matches(in document: Document) -> [Match] {
        var parents: [Int]?
        if let within = options.within {
            parents = document.sections(matching: within)
            if parents!.isEmpty { return [] }
        }
        let found = document.sections(matching: options.headings, within: parents)
        let heading = LocalizedText(options.headings.label)
        guard !found.isEmpty else {
            let anchor = parents?.first ?? options.near.flatMap { document.sections(matching: $0).first }
            let position = anchor.map { document.sections[$0].position } ?? .start
            return [Match(position: position, section: anchor, values: ["heading": heading], key: "missing")]
        }
        let minWords = options.minWords ?? 5
        if found.contains(where: { document.hasRealContent($0, minWords: minWords) }) { return [] }
        let first = found[0]
        let section = document.sections[first]
        return [Match(position: section.position, section: first,
                      values: ["heading": LocalizedText(section.rawHeading)], key: "empty",
                      message: LocalizedText(
                        id: "Bagian \"\(section.rawHeading)\" ada tetapi belum berisi: kosong atau masih berupa penanda isian (TBD, [isi], ...).",
                        en: "Section \"\(section.rawHeading)\" exists but has no real content: it is empty or still a placeholder (TBD, [isi], ...)."))]
    }
}

extension Document {
    /// A section's heading and the start of its first text, as a short quote for coverage.
    func headingExcerpt(_ index: Int) -> String {
        let section = sections[index]
        let text = subtree(of: index).lazy.flatMap { self.sections[$0].blocks }.first?.text ?? ""
        var excerpt = section.rawHeading
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).prefix(12).joined(separator: " ")
        if !words.isEmpty { excerpt += ": " + words + "…" }
        return excerpt.count > 130 ? String(excerpt.prefix(127)) + "…" : excerpt
    }
}
