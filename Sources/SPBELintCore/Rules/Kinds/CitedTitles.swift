import Foundation

/// `cited-titles`: an instrument cited in Mengingat carries its exact title ("Undang-Undang Nomor 11
/// Tahun 2008 tentang Informasi dan Transaksi Elektronik", not "tentang Informasi Transaksi
/// Elektronik").
///
/// ## What it checks
/// Every "… Nomor N Tahun Y tentang TITLE" in the Mengingat points, for the instruments the rule
/// lists: the words of TITLE up to the first "(", ";", "sebagaimana" or the end of the point, case
/// and punctuation ignored, against the listed title. A citation of an instrument the rule does not
/// list is not checked.
///
/// ## Options
/// - `titles`: a list of `{ form, number, year, title }` (`undang-undang`, "11", 2008, "Informasi dan
///   Transaksi Elektronik"); `form` is the kind of instrument written before "Nomor".
///
/// ## Where findings point
/// The Mengingat point. `{cited}` quotes the title as written, `{title}` the exact one, `{number}`
/// "Nomor 11 Tahun 2008".
public struct CitedTitles: RuleKind {
    public static let name = "cited-titles"
    public static let summary = "Instruments cited in Mengingat carry their exact titles."

    /// One instrument and its exact title.
    public struct Title: Decodable, Sendable {
        /// The kind of instrument: its words must stand just before "Nomor" ("undang-undang",
        /// "peraturan presiden"), so that a Perda with the same number and year is not taken for it.
        var form: String
        var number: String
        var year: Int
        var title: String
    }

    public struct Options: Decodable, Sendable {
        var titles: [Title]

        enum CodingKeys: String, CodingKey, CaseIterable { case titles }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            titles = try decoder.container(keyedBy: CodingKeys.self).decode([Title].self, forKey: .titles)
        }
    }

    /// The listed titles by "number/year", each with its folded form words.
    let titles: [String: [(form: [String], title: Title)]]

    public init(options: Options) throws(RuleOptionError) {
        guard !options.titles.isEmpty else { throw RuleOptionError("'titles' needs at least one instrument") }
        titles = Dictionary(grouping: options.titles.map { (TextFolding.words(of: $0.form), $0) }) { "\($0.1.number)/\($0.1.year)" }
            .mapValues { $0.map { (form: $0.0, title: $0.1) } }
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        let points = document.analysis.legalStructure.mengingat
        guard !points.isEmpty else { return .notApplicable }
        var matches: [Match] = []
        for point in points {
            for citation in Self.citations(in: point.text) {
                guard let known = titles["\(citation.number)/\(citation.year)"]?
                        .first(where: { citation.form.suffix($0.form.count).elementsEqual($0.form) })?.title,
                      TextFolding.words(of: citation.title) != TextFolding.words(of: known.title) else { continue }
                matches.append(Match(position: point.position, section: nil,
                                     values: ["cited": LocalizedText(citation.title), "title": LocalizedText(known.title),
                                              "number": LocalizedText("\(Self.capitalised(known.form)) Nomor \(known.number) Tahun \(known.year)")],
                                     key: "\(point.position.line):\(citation.number)/\(citation.year)"))
            }
        }
        return matches.isEmpty ? .met(Evidence(section: nil, position: points[0].position)) : .unmet(Self.firstPerInstrument(matches))
    }

    public func matches(in document: Document) -> [Match] {
        evaluate(in: document).matches
    }

    /// "undang-undang" → "Undang-Undang", "peraturan presiden" → "Peraturan Presiden".
    static func capitalised(_ form: String) -> String {
        var result = ""
        var startOfWord = true
        for character in form {
            result.append(startOfWord ? Character(character.uppercased()) : character)
            startOfWord = character == " " || character == "-"
        }
        return result
    }

    /// One finding per instrument and point.
    static func firstPerInstrument(_ matches: [Match]) -> [Match] {
        var seen = Set<String>()
        return matches.filter { seen.insert($0.key).inserted }
    }

    /// "FORM Nomor N Tahun Y tentang TITLE" in a text: FORM the folded words before "Nomor" back to
    /// the previous citation (at most five), without "Republik Indonesia" (["uu"], ["perpres"]);
    /// TITLE cut before "(", ";", ",", "sebagaimana", a following "Undang-Undang" or "Peraturan", or
    /// the end.
    static func citations(in text: String) -> [(form: [String], number: String, year: Int, title: String)] {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var result: [([String], String, Int, String)] = []
        var index = 0
        var formStart = 0
        while index + 4 < words.count {
            defer { index += 1 }
            guard words[index].lowercased() == "nomor", words[index + 2].lowercased() == "tahun",
                  let year = Int(words[index + 3].filter(\.isNumber)), words[index + 4].lowercased() == "tentang" else { continue }
            let form = TextFolding.words(of: words[max(formStart, index - 5)..<index].joined(separator: " "))
                .filter { $0 != "republik" && $0 != "indonesia" }
            var title: [String] = []
            var end = index + 5
            for word in words[(index + 5)...] {
                let lower = word.lowercased()
                if word.hasPrefix("(") || lower == "sebagaimana" || lower.hasPrefix("undang") || lower == "peraturan" { break }
                end += 1
                let cut = word.firstIndex { $0 == ";" || $0 == "(" || $0 == "," }
                title.append(cut.map { String(word[..<$0]) } ?? word)
                if cut != nil { break }
            }
            formStart = end
            let number = words[index + 1].trimmingCharacters(in: .punctuationCharacters)
            result.append((form, number, year, title.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))))
        }
        return result
    }
}
