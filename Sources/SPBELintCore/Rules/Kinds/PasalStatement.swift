/// `pasal-statement`: some Pasal of a statute states something, such as its period or when it
/// takes effect.
///
/// ## What it checks
/// The text of at least one Pasal of the body (or, in a Keputusan, one diktum: KESATU, KEDUA, …)
/// holds one of the `anyOf` phrasings, or (with `yearRange`) a range of years such as "2025-2029" or
/// "Tahun 2025 sampai dengan Tahun 2029".
///
/// ## Options
/// - `anyOf`: phrasings, one of which must appear.
/// - `yearRange`: a year range also satisfies the rule (give `anyOf`, `yearRange` or both).
/// - `pointAt`: `first` or `last` (default): the Pasal a missing statement points at.
/// - `whenTitle`: phrasings; the rule applies only to an instrument whose title (or Menetapkan)
///   holds one of them, for example only a Perkada that enacts a plan.
///
/// ## Where findings point
/// The first or last Pasal heading; a document without Pasal: the title, else line 1.
public struct PasalStatement: RuleKind {
    public static let name = "pasal-statement"
    public static let summary = "Some Pasal states a required provision (phrasings, or a year range)."

    /// Which Pasal a missing statement points at.
    public enum Anchor: String, Decodable, Sendable {
        case first, last
    }

    public struct Options: Decodable, Sendable {
        var anyOf: PhraseList?
        var yearRange: Bool?
        var pointAt: Anchor?
        var whenTitle: PhraseList?

        enum CodingKeys: String, CodingKey, CaseIterable { case anyOf, yearRange, pointAt, whenTitle }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            anyOf = try container.decodeIfPresent(PhraseList.self, forKey: .anyOf)
            yearRange = try container.decodeIfPresent(Bool.self, forKey: .yearRange)
            pointAt = try container.decodeIfPresent(Anchor.self, forKey: .pointAt)
            whenTitle = try container.decodeIfPresent(PhraseList.self, forKey: .whenTitle)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard options.anyOf?.words.isEmpty == false || options.yearRange == true else {
            throw RuleOptionError("give 'anyOf' or 'yearRange: true'")
        }
        self.options = options
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        let legal = document.analysis.legalStructure
        if let whenTitle = options.whenTitle {
            let title = [legal.judul?.text, legal.menetapkan?.text].compactMap { $0 }.joined(separator: " ")
            guard whenTitle.matches(TextFolding.words(of: title)) else { return .notApplicable }
        }
        let matches = matches(in: legal)
        return matches.isEmpty ? .met(Evidence(section: nil, position: .start)) : .unmet(matches)
    }

    public func matches(in document: Document) -> [Match] {
        evaluate(in: document).matches
    }

    private func matches(in legal: LegalStructure) -> [Match] {
        let texts = legal.pasal.map(\.text) + legal.diktum.map(\.text)
        for text in texts {
            let words = TextFolding.words(of: text)
            if options.anyOf?.matches(words) == true { return [] }
            if options.yearRange == true, Self.containsYearRange(words) { return [] }
        }
        if legal.pasal.isEmpty, let diktum = options.pointAt == .first ? legal.diktum.first : legal.diktum.last {
            return [Match(position: diktum.position, section: nil, key: "missing")]
        }
        let anchor = options.pointAt == .first ? legal.pasal.first : legal.pasal.last
        return [Match(position: anchor?.position ?? legal.judul?.position ?? .start, section: anchor?.section, key: "missing")]
    }

    /// Whether folded words hold "YYYY[-| sampai dengan [tahun]| s.d. | hingga ]YYYY" with a later second year.
    static func containsYearRange(_ words: [String]) -> Bool {
        let joiners: Set<String> = ["sampai", "dengan", "s", "d", "sd", "hingga", "tahun", "to", "until"]
        for (index, word) in words.enumerated() {
            guard word.count == 4, let start = Int(word), (1900...2199).contains(start) else { continue }
            var next = index + 1
            while next < words.count, joiners.contains(words[next]), next - index <= 4 { next += 1 }
            if next < words.count, words[next].count == 4, let end = Int(words[next]), end > start, end - start <= 25 {
                return true
            }
        }
        return false
    }
}
