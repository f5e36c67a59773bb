/// `legal-preamble`: a point of a statute's Menimbang or Mengingat names what it must.
///
/// ## What it checks
/// One point of the `part` (Menimbang huruf a, b, … or Mengingat angka 1, 2, …) contains every
/// group in `allOf` (any phrasing of each group), for example Perpres 95/2018 together with its
/// Lembaran Negara number in the same Mengingat point.
///
/// ## Options
/// - `part`: `menimbang` or `mengingat`.
/// - `allOf`: a list of synonym groups, each group a list of phrasings.
/// - `partialMessage`: the message (`{missing}` allowed) when a point names the first group but
///   not another, for example an instrument cited with a wrong title.
///
/// ## Where findings point
/// A point that has the first group but misses another: that point. No such point: the word
/// "Menimbang"/"Mengingat". No such part: the title (metadata `judul`), else line 1, with a message
/// saying the part is missing. `{missing}` names the first missing group.
public struct LegalPreamble: RuleKind {
    public static let name = "legal-preamble"
    public static let summary = "A Menimbang or Mengingat point of a statute names the required instrument (and its details)."

    /// The part of the preamble searched.
    public enum Part: String, Decodable, Sendable {
        case menimbang, mengingat
    }

    public struct Options: Decodable, Sendable {
        var part: Part
        var allOf: [PhraseList]
        var partialMessage: LocalizedText?

        enum CodingKeys: String, CodingKey, CaseIterable { case part, allOf, partialMessage }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            part = try container.decode(Part.self, forKey: .part)
            allOf = try container.decode([PhraseList].self, forKey: .allOf)
            partialMessage = try container.decodeIfPresent(LocalizedText.self, forKey: .partialMessage)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard !options.allOf.isEmpty, options.allOf.allSatisfy({ !$0.words.isEmpty }) else {
            throw RuleOptionError("'allOf' needs at least one group of phrasings")
        }
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        let legal = document.analysis.legalStructure
        let points = options.part == .menimbang ? legal.menimbang : legal.mengingat
        let keyword = options.part == .menimbang ? legal.menimbangPosition : legal.mengingatPosition
        guard let keyword else {
            let missing = options.part == .menimbang
                ? LocalizedText(id: "Rancangan belum memuat konsiderans (Menimbang).", en: "The draft has no Konsiderans (Menimbang).")
                : LocalizedText(id: "Rancangan belum memuat dasar hukum (Mengingat).", en: "The draft has no legal basis (Mengingat).")
            return [Match(position: legal.judul?.position ?? .start, section: nil,
                          values: ["missing": LocalizedText(options.allOf[0].label)], key: "no-\(options.part.rawValue)",
                          message: missing)]
        }
        var partial: LegalPoint?
        var partialMissing: PhraseList?
        let folded = options.part == .menimbang ? document.analysis.legalWords.menimbang : document.analysis.legalWords.mengingat
        for (point, words) in zip(points, folded) {
            let missing = options.allOf.first { !$0.matches(words) }
            guard let missing else { return [] }
            if partial == nil, options.allOf[0].matches(words) {
                partial = point
                partialMissing = missing
            }
        }
        let missing = partialMissing ?? options.allOf[0]
        let values = ["missing": LocalizedText(missing.label)]
        return [Match(position: partial?.position ?? keyword, section: nil, values: values, key: options.part.rawValue,
                      message: partial == nil ? nil : options.partialMessage?.filled(with: values))]
    }
}
