/// `legal-list-ending`: a list of huruf or angka in a Pasal or ayat does not end with the
/// conjunction that belongs before its last item.
///
/// ## What it checks
/// UU 12/2011 Lampiran II angka 88-90 put "dan", "atau" or "dan/atau" after the second-to-last
/// item of a list. A list whose last item itself ends with "dan/atau" has lost its last item.
///
/// ## Options
/// - `endings`: the conjunctions that may not end a list (default `["dan/atau"]`).
///
/// ## Where findings point
/// The last item of the list. `{point}` names it ("Pasal 4 ayat (2) huruf c").
public struct LegalListEnding: RuleKind {
    public static let name = "legal-list-ending"
    public static let summary = "A list in a Pasal or ayat does not end with 'dan/atau' and nothing after it."

    public struct Options: Decodable, Sendable {
        var endings: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable { case endings }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            endings = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([String].self, forKey: .endings)
        }
    }

    let endings: [String]

    public init(options: Options) throws(RuleOptionError) {
        endings = (options.endings ?? ["dan/atau"]).map { $0.lowercased() }
        guard !endings.isEmpty, endings.allSatisfy({ !$0.isEmpty }) else { throw RuleOptionError("'endings' needs at least one word") }
    }

    /// Whether a list item's text ends with one of the conjunctions (after its ";" or ",").
    func endsWithConjunction(_ text: String) -> Bool {
        let trimmed = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.init(charactersIn: ".")))
        return endings.contains { ending in
            guard trimmed.hasSuffix(ending) else { return false }
            let before = trimmed.dropLast(ending.count)
            return before.isEmpty || before.last.map { $0 == " " || $0 == ";" || $0 == "," } == true
        }
    }

    public func matches(in document: Document) -> [Match] {
        let legal = LegalStructure(document: document)
        var result: [Match] = []
        for pasal in legal.pasal {
            var lists: [(points: [LegalPoint], name: String)] = [(pasal.points, "Pasal \(pasal.label)")]
            lists += pasal.ayat.map { ($0.points, "Pasal \(pasal.label) ayat (\($0.number))") }
            for list in lists {
                guard let last = list.points.last, let label = last.label, endsWithConjunction(last.text) else { continue }
                let word = Int(label) == nil ? "huruf" : "angka"
                result.append(Match(position: last.position, section: pasal.section,
                                    values: ["point": LocalizedText("\(list.name) \(word) \(label)")],
                                    key: "\(list.name)-\(label)"))
            }
        }
        return result
    }
}

import Foundation
