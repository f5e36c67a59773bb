/// `pasal-statement`: some Pasal of a statute states something, such as its period or when it
/// takes effect.
///
/// ## What it checks
/// The text of at least one Pasal of the body holds one of the `anyOf` phrasings, or (with
/// `yearRange`) a range of years such as "2025-2029" or "Tahun 2025 sampai dengan Tahun 2029".
///
/// ## Options
/// - `anyOf`: phrasings, one of which must appear.
/// - `yearRange`: a year range also satisfies the rule (give `anyOf`, `yearRange` or both).
/// - `pointAt`: `first` or `last` (default): the Pasal a missing statement points at.
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

        enum CodingKeys: String, CodingKey, CaseIterable { case anyOf, yearRange, pointAt }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            anyOf = try container.decodeIfPresent(PhraseList.self, forKey: .anyOf)
            yearRange = try container.decodeIfPresent(Bool.self, forKey: .yearRange)
            pointAt = try container.decodeIfPresent(Anchor.self, forKey: .pointAt)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard options.anyOf?.words.isEmpty == false || options.yearRange == true else {
            throw RuleOptionError("give 'anyOf' or 'yearRange: true'")
        }
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        let legal = document.analysis.legalStructure
        for words in document.analysis.legalWords.pasal {
            if options.anyOf?.matches(words) == true { return [] }
            if options.yearRange == true, Self.containsYearRange(words) { return [] }
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
