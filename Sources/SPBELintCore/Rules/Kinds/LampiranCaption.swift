import Foundation

/// `lampiran-caption`: the caption of the Lampiran names the instrument by the number and date the
/// body gives it ("LAMPIRAN : KEPUTUSAN WALI KOTA … NOMOR … TANGGAL …").
///
/// ## What it checks
/// The lines from the start of the Lampiran (found after the signature block) up to its first
/// heading of content: a `NOMOR` that differs from the instrument's number (spaces ignored, and the
/// "Tahun" year when both give one), and a `TANGGAL` that differs from the enactment date of the
/// signature block. Only values the text states on both sides are compared; a caption left blank
/// ("NOMOR ....", a draft) is not a finding.
///
/// ## Options
/// - `fields`: which values to compare, `nomor` and/or `tanggal` (default both).
///
/// ## Where findings point
/// The caption line; `{field}` names NOMOR or TANGGAL, `{caption}` and `{body}` quote both values.
public struct LampiranCaption: RuleKind {
    public static let name = "lampiran-caption"
    public static let summary = "The Lampiran's caption gives the instrument's own number and date."

    /// A value the caption repeats from the body.
    public enum Field: String, Decodable, Sendable { case nomor, tanggal }

    public struct Options: Decodable, Sendable {
        var fields: [Field]?

        enum CodingKeys: String, CodingKey, CaseIterable { case fields }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            fields = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent([Field].self, forKey: .fields)
        }
    }

    let fields: Set<Field>

    public init(options: Options) throws(RuleOptionError) {
        fields = Set(options.fields ?? [.nomor, .tanggal])
        guard !fields.isEmpty else { throw RuleOptionError("'fields' needs nomor, tanggal or both") }
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        guard let start = document.metadata.lampiranStart else { return .notApplicable }
        let lines = Self.captionLines(of: document, from: start)
        var matches: [Match] = []
        if fields.contains(.nomor), let body = document.metadata.number,
           let (value, position) = Self.value(after: "NOMOR", in: lines),
           !Self.sameNumber(value, body) {
            matches.append(match("NOMOR", caption: value, body: body, at: position))
        }
        if fields.contains(.tanggal), let body = document.metadata.enactmentDate,
           let (value, position) = Self.value(after: "TANGGAL", in: lines),
           let date = IndonesianDate.first(in: value), date != body {
            matches.append(match("TANGGAL", caption: value, body: body.spelled(in: .id), at: position))
        }
        return matches.isEmpty ? .met(Evidence(section: nil, position: start)) : .unmet(matches)
    }

    public func matches(in document: Document) -> [Match] {
        evaluate(in: document).matches
    }

    private func match(_ field: String, caption: String, body: String, at position: SourcePosition) -> Match {
        Match(position: position, section: nil,
              values: ["field": LocalizedText(field), "caption": LocalizedText(caption), "body": LocalizedText(body)],
              key: field)
    }

    /// The caption's lines with their positions: headings and block lines from the Lampiran's start,
    /// at most 12 lines, stopping at the first line that is not part of a caption.
    static func captionLines(of document: Document, from start: SourcePosition) -> [(text: String, position: SourcePosition)] {
        // In a PDF the lines count within each page: only the start's page holds the caption.
        let paged = PageNumbering.countsLinesPerPage(document.path)
        func within(_ position: SourcePosition) -> Bool {
            (!paged || position.page == start.page) && position.line >= start.line && position.line < start.line + 12
        }
        var texts: [(text: String, position: SourcePosition)] = []
        for section in document.sections where within(section.position) {
            texts.append((section.rawHeading, section.position))
        }
        for block in document.allBlocks where within(block.position) {
            for (offset, line) in block.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var position = block.position
                if position.paragraph == nil { position = SourcePosition(line: block.position.line + offset, column: 1, page: block.position.page) }
                texts.append((String(line), position))
            }
        }
        return texts.filter { within($0.position) }.sorted { $0.position < $1.position }
    }

    /// The value after "NOMOR" or "TANGGAL" in a caption line (the label anywhere in the line, as a
    /// word, an optional colon after it), up to the next label; with the line's position. Nil when
    /// absent or left blank ("NOMOR ....").
    static func value(after label: String, in lines: [(text: String, position: SourcePosition)]) -> (String, SourcePosition)? {
        for line in lines {
            let words = line.text.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let index = words.firstIndex(where: { bare($0) == label }) else { continue }
            var value: [String] = []
            for word in words[(index + 1)...] {
                if labels.contains(bare(word)) { break }
                if value.isEmpty, word == ":" { continue }
                value.append(value.isEmpty && word.hasPrefix(":") ? String(word.dropFirst()) : word)
            }
            let text = value.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard text.contains(where: \.isNumber), !text.hasPrefix("..") else { return nil }
            return (text, line.position)
        }
        return nil
    }

    /// The caption's labels, each ending the value before it.
    static let labels: Set<String> = ["NOMOR", "TANGGAL", "TENTANG", "LAMPIRAN"]

    /// A word without a trailing colon, in upper case ("Nomor:" → "NOMOR").
    private static func bare(_ word: String) -> String {
        word.trimmingCharacters(in: CharacterSet(charactersIn: ":")).uppercased()
    }

    /// Whether two numbers are the same: "188.45/1589/ HK / 2018" against "188.45/1589/HK/2019",
    /// "81 TAHUN 2021" against "81 Tahun 2021" (spaces and case ignored; the year when both give one).
    static func sameNumber(_ caption: String, _ body: String) -> Bool {
        func parts(_ text: String) -> (number: String, year: String?) {
            let folded = text.uppercased()
            let pieces = folded.components(separatedBy: "TAHUN")
            let number = pieces[0].filter { !$0.isWhitespace }
            let year = pieces.count > 1 ? pieces[1].filter(\.isNumber) : nil
            return (number, year.flatMap { $0.isEmpty ? nil : $0 })
        }
        let (a, b) = (parts(caption), parts(body))
        guard a.number == b.number else { return false }
        guard let yearA = a.year, let yearB = b.year else { return true }
        return yearA == yearB
    }
}
