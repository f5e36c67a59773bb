import Foundation

/// `duplicate-definitions`: a term is defined once in the Ketentuan Umum (Pasal 1), not twice.
///
/// ## What it checks
/// The numbered points of Pasal 1 that define a term ("36. Wali data adalah …", "4. Sistem
/// Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah …"): the term before
/// "adalah" and the short name after "yang selanjutnya disebut/disingkat". A term (case, spaces
/// and punctuation ignored) defined by two points in other words is a finding at the second (the
/// same words twice are redundant but give no double meaning, and are left alone).
///
/// ## Where findings point
/// The second definition. `{term}` quotes the term as written there, `{first}` gives the line of the
/// first definition ("baris 253").
public struct DuplicateDefinitions: RuleKind {
    public static let name = "duplicate-definitions"
    public static let summary = "A term is defined once in the Ketentuan Umum (Pasal 1)."

    public struct Options: Decodable, Sendable {
        /// The Pasal holding the definitions (default "1").
        var pasal: String?

        enum CodingKeys: String, CodingKey, CaseIterable { case pasal }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            pasal = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .pasal)
        }
    }

    let pasal: String

    public init(options: Options) throws(RuleOptionError) {
        pasal = options.pasal ?? "1"
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        guard let definitions = document.analysis.legalStructure.pasal(pasal) else { return .notApplicable }
        let points = definitions.points + definitions.ayat.flatMap(\.points)
        var seen: [String: LegalPoint] = [:]
        var matches: [Match] = []
        for point in points {
            for term in Self.terms(defined: point.text) {
                let key = TextFolding.words(of: term).joined(separator: " ")
                guard !key.isEmpty else { continue }
                if let first = seen[key], first.position != point.position {
                    // The same words twice are redundant but give no double meaning: not a finding.
                    guard Self.meaning(of: first.text) != Self.meaning(of: point.text) else { break }
                    let match = Match(position: point.position, section: definitions.section,
                                      values: ["term": LocalizedText(term), "first": Self.place(of: first)],
                                      key: "\(key):\(point.position.line)")
                    matches.append(match)
                    break
                }
                if seen[key] == nil { seen[key] = point }
            }
        }
        guard !points.isEmpty else { return .notApplicable }
        return matches.isEmpty ? .met(Evidence(section: definitions.section, position: definitions.position)) : .unmet(matches)
    }

    public func matches(in document: Document) -> [Match] {
        evaluate(in: document).matches
    }

    /// Where the first definition is: "baris 253" (a line, since a Markdown list renumbers its items).
    static func place(of point: LegalPoint) -> LocalizedText {
        LocalizedText(id: "baris \(point.position.line)", en: "line \(point.position.line)")
    }

    /// The folded words of what a definition says after "adalah".
    static func meaning(of text: String) -> [String] {
        guard let adalah = text.range(of: " adalah ", options: .caseInsensitive) else { return [] }
        return TextFolding.words(of: String(text[adalah.upperBound...]))
    }

    /// The terms a definition defines: the words before "adalah" (before "yang selanjutnya" when
    /// there is one) and the short name after "yang selanjutnya disebut/disingkat"; none when the
    /// text is not a definition or the "term" is too long to be one (more than 12 words).
    static func terms(defined text: String) -> [String] {
        guard let adalah = text.range(of: " adalah ", options: .caseInsensitive) else { return [] }
        let head = text[..<adalah.lowerBound]
        var terms: [String] = []
        if let further = head.range(of: " yang selanjutnya ", options: .caseInsensitive) {
            terms.append(String(head[..<further.lowerBound]))
            let alias = head[further.upperBound...].split(separator: " ").drop { word in
                ["disebut", "disingkat", "dalam", "peraturan", "ini"].contains(word.lowercased())
            }
            if !alias.isEmpty { terms.append(alias.joined(separator: " ")) }
        } else {
            terms.append(String(head))
        }
        return terms.map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            .filter { !$0.isEmpty && $0.split(separator: " ").count <= 12 }
    }
}
