import Foundation

/// `index-predicate`: a stated index value and its predicate agree with the bands of the framework
/// the statement names.
///
/// ## What it checks
/// Every place where a number such as "2,78" or "3.10" is followed (in the same sentence, list
/// item or table row) by a predicate word ("Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang")
/// is compared with the bands of its framework: the framework whose index name ("Indeks SPBE",
/// "Indeks Pemdi") comes last before the number in that text, else the latest framework in force
/// at the document's date (`from`), else the first. "Indeks Pemdi 4,05 (Memuaskan)" is judged by
/// Permenpan RB 8/2026, "Indeks SPBE 2,40 (Baik)" by Permenpan RB 59/2020.
///
/// ## Options
/// - `frameworks`: list of `{name, label: {id, en}, index: [phrasings], from: YYYY-MM-DD, bands}`.
/// - `bands`: the bands of a single framework (instead of `frameworks`).
/// - `scope`: headings whose sections are searched (absent = the whole document).
///
/// ## Where findings point
/// The paragraph, list item or table row holding the pair. `{index}`, `{value}` (decimal comma in
/// Indonesian, point in English), `{stated}`, `{expected}` and `{framework}` fill the message.
public struct IndexPredicate: RuleKind {
    public static let name = "index-predicate"
    public static let summary = "A stated index and its predicate agree with the bands of the framework it names."

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

    /// An evaluation framework: its index name, the day it applies from, and its bands.
    public struct Framework: Decodable, Sendable {
        var name: String
        var label: LocalizedText?
        var index: PhraseList?
        var from: String?
        var bands: [Band]
        enum CodingKeys: String, CodingKey, CaseIterable { case name, label, index, from, bands }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            label = try container.decodeIfPresent(LocalizedText.self, forKey: .label)
            index = try container.decodeIfPresent(PhraseList.self, forKey: .index)
            from = try container.decodeIfPresent(String.self, forKey: .from)
            bands = try container.decode([Band].self, forKey: .bands)
        }
        init(name: String, bands: [Band]) {
            self.name = name
            self.bands = bands
        }
    }

    public struct Options: Decodable, Sendable {
        var frameworks: [Framework]?
        var bands: [Band]?
        var scope: PhraseList?
        enum CodingKeys: String, CodingKey, CaseIterable { case frameworks, bands, scope }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            frameworks = try container.decodeIfPresent([Framework].self, forKey: .frameworks)
            bands = try container.decodeIfPresent([Band].self, forKey: .bands)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
        }
    }

    /// A framework ready to judge statements: bands sorted, start date parsed.
    struct Judge: Sendable {
        var name: String
        var label: LocalizedText
        var index: [String]
        var from: CalendarDate?
        var bands: [Band]

        func predicate(for value: Double) -> String? {
            bands.first { value + 1e-9 >= $0.min }?.predicate
        }
    }

    let judges: [Judge]
    let scope: PhraseList?

    public init(options: Options) throws(RuleOptionError) {
        var frameworks = options.frameworks ?? []
        if let bands = options.bands { frameworks.append(Framework(name: "", bands: bands)) }
        guard !frameworks.isEmpty, frameworks.allSatisfy({ !$0.bands.isEmpty }) else {
            throw RuleOptionError("give 'frameworks' (each with bands) or 'bands'")
        }
        var judges: [Judge] = []
        for framework in frameworks {
            var from: CalendarDate?
            if let text = framework.from {
                guard let date = CalendarDate(iso: text) else {
                    throw RuleOptionError("'from' of framework '\(framework.name)' must be a date YYYY-MM-DD")
                }
                from = date
            }
            judges.append(Judge(name: framework.name, label: framework.label ?? LocalizedText("Indeks"),
                                index: framework.index?.phrases ?? [], from: from,
                                bands: framework.bands.sorted { $0.min > $1.min }))
        }
        self.judges = judges
        scope = options.scope
    }

    /// The framework of a statement: the index named last before `offset` in `text`, else the
    /// framework in force at the document's date, else the first.
    func judge(mentions: IndexMentions, before offset: Int, date: CalendarDate?) -> Judge {
        if let named = mentions.framework(before: offset) { return judges[named] }
        if let date, let current = judges.filter({ ($0.from ?? date) <= date }).max(by: { ($0.from ?? date) < ($1.from ?? date) }) {
            return current
        }
        return judges[0]
    }

    /// Whether a text holds a digit 0-5, a point or comma and two digits (or a non-ASCII character
    /// after the point): what the pattern needs before it can match, tested on bytes so that most
    /// texts skip the regular expression.
    static func mayHoldValue(_ text: String) -> Bool {
        var state = 0
        for byte in text.utf8 {
            switch (state, byte) {
            case (2, 0x30...0x39): state = 3
            case (3, 0x30...0x39): return true
            case (2, 0x80...), (3, 0x80...): return true   // `\d` also takes other scripts' digits
            case (1, 0x2C), (1, 0x2E): state = 2
            case (_, 0x30...0x35): state = 1
            default: state = 0
            }
        }
        return false
    }

    /// The predicate names lower-cased as bytes, or nil when one is not ASCII (case-insensitive
    /// matching then follows Unicode case folding, and only the regular expression decides).
    static func asciiNeedles(_ names: [String]) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for name in names {
            guard !name.isEmpty, name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            result.append(name.utf8.map(\.asciiLowercased))
        }
        return result
    }

    /// Whether the pattern's predicate may occur in the text: true when the text is not ASCII,
    /// else whether it holds one of the names, ASCII case ignored (a necessary condition of the
    /// regular expression's `\b(names)\b`, tested on bytes so that most texts skip it).
    static func mayName(_ text: String, _ needles: [[UInt8]]?) -> Bool {
        guard let needles else { return true }
        let bytes = text.utf8
        for byte in bytes where byte >= 0x80 { return true }
        let count = bytes.count
        var starts = [Bool](repeating: false, count: 128)
        for needle in needles { starts[Int(needle[0])] = true }
        return bytes.withContiguousStorageIfAvailable { text in
            for start in 0..<count where starts[Int(text[start].asciiLowercased)] {
                for needle in needles where needle[0] == text[start].asciiLowercased && needle.count <= count - start {
                    var offset = 1
                    while offset < needle.count, text[start + offset].asciiLowercased == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
            }
            return false
        } ?? true
    }

    public func matches(in document: Document) -> [Match] {
        guard let resolved = DocumentScope.resolve(scope, in: document, fallbackToDocument: false) else { return [] }
        let names = Set(judges.flatMap { $0.bands.map(\.predicate) }).sorted { $0.count > $1.count }
        let alternatives = names.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        guard let pattern = try? NSRegularExpression(
            pattern: "(?<![\\d.,])([0-5])[.,](\\d{2})(?![\\d])[^\\d\\n]{0,40}?\\b(\(alternatives))\\b",
            options: [.caseInsensitive]) else { return [] }
        var candidates = Set(names.flatMap { document.terms.sections(containing: TextFolding.words(of: $0)) })
        if let scope = resolved.sections { candidates.formIntersection(scope) }
        guard !candidates.isEmpty else { return [] }
        let date = document.metadata.referenceDate
        var matches: [Match] = []
        let needles = Self.asciiNeedles(names)
        for located in document.locatedTexts(in: candidates)
        where Self.mayHoldValue(located.text) && Self.mayName(located.text, needles) {
            let text = located.text as NSString
            let hits = pattern.matches(in: located.text, range: NSRange(location: 0, length: text.length))
            guard !hits.isEmpty else { continue }
            let mentions = IndexMentions(text: located.text, phrases: judges.map(\.index))
            for hit in hits {
                let units = text.substring(with: hit.range(at: 1))
                let hundredths = text.substring(with: hit.range(at: 2))
                let value = Double("\(units).\(hundredths)") ?? 0
                let stated = text.substring(with: hit.range(at: 3))
                let judge = judge(mentions: mentions, before: hit.range.location, date: date)
                guard let expected = judge.predicate(for: value),
                      expected.caseInsensitiveCompare(stated) != .orderedSame else { continue }
                let start = located.text.utf8.distance(from: located.text.startIndex, to: String.Index(utf16Offset: hit.range.location, in: located.text))
                matches.append(Match(position: located.position(atOffset: start), section: located.section,
                                     values: ["value": LocalizedText(id: "\(units),\(hundredths)", en: "\(units).\(hundredths)"),
                                              "stated": LocalizedText(stated), "expected": LocalizedText(expected),
                                              "index": judge.label, "framework": LocalizedText(judge.name)],
                                     key: "\(units).\(hundredths)-\(stated)"))
            }
        }
        return matches
    }
}
