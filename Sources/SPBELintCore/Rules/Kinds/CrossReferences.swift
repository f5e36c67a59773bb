/// `cross-references`: names listed in one part of a document appear in another.
///
/// ## What it checks
/// Each cell holding a name (at least one letter) under the `column` (a header cell whose words
/// are exactly one of the phrasings) of the tables in the `from` scope (for example the
/// applications named in the application architecture) appears, as words, somewhere in the `to`
/// scope (for example the roadmap).
///
/// ## Options
/// - `from`: headings whose tables list the names.
/// - `column`: phrasings of the column holding the names.
/// - `to`: headings of the sections where each name must appear.
/// - `includeYearTables`: the `to` scope also covers roadmap matrices in other chapters.
///
/// ## Where findings point
/// The cell holding the name; `{name}` quotes it.
public struct CrossReferences: RuleKind {
    public static let name = "cross-references"
    public static let summary = "Names listed in one part (e.g. applications) appear in another (e.g. the roadmap)."

    public struct Options: Decodable, Sendable {
        var from: PhraseList
        var column: PhraseList
        var to: PhraseList
        var includeYearTables: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable { case from, column, to, includeYearTables }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            from = try container.decode(PhraseList.self, forKey: .from)
            column = try container.decode(PhraseList.self, forKey: .column)
            to = try container.decode(PhraseList.self, forKey: .to)
            includeYearTables = try container.decodeIfPresent(Bool.self, forKey: .includeYearTables)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        guard let source = DocumentScope.resolve(options.from, in: document, fallbackToDocument: false),
              var target = DocumentScope.resolve(options.to, in: document, fallbackToDocument: false) else { return [] }
        if options.includeYearTables == true, let sections = target.sections {
            target.sections = sections.union(document.yearTableSections)
        }
        var matches: [Match] = []
        var seen = Set<String>()
        for table in source.tables(in: document) {
            guard let column = table.header.firstIndex(where: { header in
                options.column.words.contains(TextFolding.words(of: header.text)) })
            else { continue }
            for row in table.rows where column < row.count {
                let cell = row[column]
                let words = TextFolding.words(of: cell.text)
                guard cell.text.contains(where: \.isLetter), seen.insert(words.joined(separator: " ")).inserted,
                      !Self.spellings(of: cell.text).contains(where: { document.terms.contains($0, inSections: target.sections) })
                else { continue }
                matches.append(Match(position: cell.position, section: source.anchor,
                                     values: ["name": LocalizedText(cell.text)], key: words.joined(separator: " ")))
            }
        }
        return matches
    }

    /// The ways a name may be written elsewhere: in full, without its parenthesised acronym, or
    /// as that acronym ("Sistem Informasi Perizinan Terpadu (SIPT)").
    static func spellings(of name: String) -> [[String]] {
        var result = [TextFolding.words(of: name)]
        if let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
            result.append(TextFolding.words(of: String(name[..<open])))
            result.append(TextFolding.words(of: String(name[name.index(after: open)..<close])))
        }
        return result.filter { !$0.isEmpty }
    }
}
