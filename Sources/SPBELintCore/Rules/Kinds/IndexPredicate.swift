import Foundation

/// `index-predicate`: a stated index value and its predicate agree with the regulation's bands.
///
/// ## What it checks
/// Every place where a number such as "2,78" or "3.10" is followed (in the same sentence, list
/// item or table row) by a predicate word ("Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang")
/// is compared with `bands`: the predicate must be the band's for that value.
///
/// ## Options
/// - `bands`: list of `{min, predicate}`; a value takes the predicate of the highest `min` it reaches.
/// - `scope`: headings whose sections are searched (absent = the whole document).
///
/// ## Where findings point
/// The paragraph, list item or table row holding the pair. `{value}`, `{stated}` and `{expected}`
/// fill the message.
public struct IndexPredicate: RuleKind {
    public static let name = "index-predicate"
    public static let summary = "A stated index and its predicate agree with the evaluation bands."

    /// One predicate band: values at or above `min` (and below the next band) take `predicate`.
    public struct Band: Decodable, Sendable {
        var min: Double
        var predicate: String
        enum CodingKeys: String, CodingKey, CaseIterable { case min, predicate }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            min = try container.decode(Double.self, forKey: .min)
            predicate = try container.decode(String.self, forKey: .predicate)
        }
    }

    public struct Options: Decodable, Sendable {
        var bands: [Band]
        var scope: PhraseList?
        enum CodingKeys: String, CodingKey, CaseIterable { case bands, scope }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            bands = try container.decode([Band].self, forKey: .bands)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
        }
    }

    let bands: [Band]
    let scope: PhraseList?

    public init(options: Options) throws(RuleOptionError) {
        guard !options.bands.isEmpty else { throw RuleOptionError("'bands' needs at least one band") }
        bands = options.bands.sorted { $0.min > $1.min }
        scope = options.scope
    }

    /// The predicate the bands give a value.
    func predicate(for value: Double) -> String? {
        bands.first { value + 1e-9 >= $0.min }?.predicate
    }

    public func matches(in document: Document) -> [Match] {
        guard let resolved = DocumentScope.resolve(scope, in: document, fallbackToDocument: false) else { return [] }
        let names = bands.map(\.predicate).sorted { $0.count > $1.count }
        let alternatives = names.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        guard let pattern = try? NSRegularExpression(
            pattern: "(?<![\\d.,])([0-5])[.,](\\d{2})(?![\\d])[^\\d\\n]{0,40}?\\b(\(alternatives))\\b",
            options: [.caseInsensitive]) else { return [] }
        var candidates = Set(bands.flatMap { document.terms.sections(containing: TextFolding.words(of: $0.predicate)) })
        if let scope = resolved.sections { candidates.formIntersection(scope) }
        guard !candidates.isEmpty else { return [] }
        var matches: [Match] = []
        for located in document.locatedTexts(in: candidates) {
            let text = located.text as NSString
            for hit in pattern.matches(in: located.text, range: NSRange(location: 0, length: text.length)) {
                let value = Double("\(text.substring(with: hit.range(at: 1))).\(text.substring(with: hit.range(at: 2)))") ?? 0
                let stated = text.substring(with: hit.range(at: 3))
                guard let expected = predicate(for: value),
                      expected.caseInsensitiveCompare(stated) != .orderedSame else { continue }
                let shown = text.substring(with: NSRange(location: hit.range(at: 1).location, length: 4))
                matches.append(Match(position: located.position, section: located.section,
                                     values: ["value": LocalizedText(shown), "stated": LocalizedText(stated),
                                              "expected": LocalizedText(expected)],
                                     key: "\(shown)-\(stated)"))
            }
        }
        return matches
    }
}
