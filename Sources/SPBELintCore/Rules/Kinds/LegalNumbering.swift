/// `legal-numbering`: Pasal are numbered 1, 2, 3, … and the ayat of each Pasal (1), (2), (3), …
///
/// ## What it checks
/// With `unit: pasal`, the body's Pasal run from 1 without a gap or a repeated number (Pasal with
/// a letter suffix such as "5A", inserted by an amendment, are left out). With `unit: ayat`, the
/// ayat of every Pasal run from (1) without a gap or a repeat. With `unit: bagian` (or `paragraf`),
/// no Bagian is numbered twice within its BAB (no Paragraf twice within its Bagian).
///
/// With `unit: bab`, the body's BAB run from I without a gap or a repeat.
///
/// ## Options
/// - `unit`: `bab`, `pasal`, `ayat`, `bagian` or `paragraf`.
///
/// ## Where findings point
/// The Pasal heading (or the ayat) where the sequence breaks: the number after a gap, or the
/// repeat. `{problem}` says what was expected and what was found.
public struct LegalNumbering: RuleKind {
    public static let name = "legal-numbering"
    public static let summary = "Pasal, or the ayat of each Pasal, are numbered without gaps or repeats."

    /// What is numbered.
    public enum Unit: String, Decodable, Sendable {
        case bab, pasal, ayat, bagian, paragraf
    }

    public struct Options: Decodable, Sendable {
        var unit: Unit

        enum CodingKeys: String, CodingKey, CaseIterable { case unit }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            unit = try decoder.container(keyedBy: CodingKeys.self).decode(Unit.self, forKey: .unit)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        let legal = document.analysis.legalStructure
        switch options.unit {
        case .pasal:
            let numbered = legal.pasal.filter { $0.label == String($0.number) }
            return Self.breaks(in: numbered.map(\.number)).map { found in
                let pasal = numbered[found.index]
                return Match(position: pasal.position, section: pasal.section,
                             values: ["problem": Self.problem(found, name: { "Pasal \($0)" })],
                             key: "pasal-\(pasal.number)-\(found.index)")
            }
        case .bab:
            // The body's BAB only: a Lampiran's own chapters start again at BAB I. (Page first: in a
            // PDF the lines count within each page.)
            let lampiran = document.metadata.lampiranStart.map { ($0.page ?? 0, $0.line) }
            let body = legal.bab.filter { bab in
                lampiran.map { (bab.position.page ?? 0, bab.position.line) < $0 } ?? true
                    && (legal.lampiran.first.map { bab.section < $0.section } ?? true)
            }
            let numbered = body.compactMap { bab in bab.number.map { (bab, $0) } }
            return Self.breaks(in: numbered.map(\.1)).map { found in
                let bab = numbered[found.index].0
                return Match(position: bab.position, section: bab.section,
                             values: ["problem": Self.problem(found, name: { "BAB \(LegalNumbers.romanNumeral($0))" })],
                             key: "bab-\(found.number)-\(found.index)")
            }
        case .bagian:
            return Self.repeats(legal.bagian, within: legal.bab, word: "Bagian", parent: "BAB", path: document.path)
        case .paragraf:
            return Self.repeats(legal.paragraf, within: legal.bagian, word: "Paragraf", parent: "Bagian", path: document.path)
        case .ayat:
            return legal.pasal.flatMap { pasal in
                Self.breaks(in: pasal.ayat.map(\.number)).map { found in
                    let ayat = pasal.ayat[found.index]
                    return Match(position: ayat.position, section: pasal.section,
                                 values: ["problem": Self.problem(found, name: { "Pasal \(pasal.label) ayat (\($0))" })],
                                 key: "pasal-\(pasal.label)-ayat-\(ayat.number)-\(found.index)")
                }
            }
        }
    }

    /// Divisions numbered twice within the same parent (the last parent division before them).
    static func repeats(_ divisions: [LegalDivision], within parents: [LegalDivision], word: String, parent: String,
                        path: String) -> [Match] {
        var seen: [String: LegalDivision] = [:]
        var matches: [Match] = []
        for division in divisions {
            guard let number = division.number else { continue }
            let owner = parents.last { $0.section < division.section }
            let key = "\(owner?.section ?? -1)-\(number)"
            if let first = seen[key] {
                let label = division.label ?? String(number)
                let where_ = owner.map { " \(parent) \($0.label ?? "")" } ?? ""
                let at = first.position.words(in: path)
                matches.append(Match(position: division.position, section: division.section,
                                     values: ["problem": LocalizedText(
                                        id: "\(word) \(label) sudah ada pada \(at.id)\(where_.isEmpty ? "" : " dalam" + where_)",
                                        en: "\(word) \(label) already appears on \(at.en)\(where_.isEmpty ? "" : " in" + where_)")],
                                     key: "\(word)-\(key)-\(division.section)"))
            } else {
                seen[key] = division
            }
        }
        return matches
    }

    /// A place where a numbering that starts at 1 breaks.
    struct Break {
        var index: Int
        var number: Int
        var expected: Int
        var previous: Int?
    }

    static func breaks(in numbers: [Int]) -> [Break] {
        var result: [Break] = []
        var expected = 1
        for (index, number) in numbers.enumerated() {
            if number != expected {
                result.append(Break(index: index, number: number, expected: expected, previous: index > 0 ? numbers[index - 1] : nil))
            }
            expected = max(expected, number + 1)
        }
        return result
    }

    static func problem(_ found: Break, name: (Int) -> String) -> LocalizedText {
        let this = name(found.number), wanted = name(found.expected)
        if found.number < found.expected {
            return LocalizedText(id: "\(this) berulang atau tidak urut; seharusnya \(wanted)",
                                 en: "\(this) is repeated or out of order; expected \(wanted)")
        }
        guard let previous = found.previous else {
            return LocalizedText(id: "yang pertama adalah \(this); seharusnya \(wanted)", en: "the first is \(this); expected \(wanted)")
        }
        // One missing: "Pasal 24"; two: "Pasal 24 dan Pasal 25"; more: "Pasal 24 sampai Pasal 27".
        let gap = found.number - found.expected
        let last = name(found.number - 1)
        let missing = gap == 1 ? wanted : "\(wanted) \(gap == 2 ? "dan" : "sampai") \(last)"
        let missingEN = gap == 1 ? "\(wanted) is" : "\(wanted) \(gap == 2 ? "and" : "to") \(last) are"
        return LocalizedText(id: "sesudah \(name(previous)) langsung \(this); \(missing) tidak ada",
                             en: "\(name(previous)) is followed by \(this); \(missingEN) missing")
    }
}
