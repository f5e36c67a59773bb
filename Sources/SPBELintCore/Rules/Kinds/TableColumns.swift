/// `table-columns`: a table in a scope with the required columns.
///
/// ## What it checks
/// At least one table in the scope has a header cell for each group in `columns` (any phrasing of
/// the group; the phrasing `@tahun` matches a header that is a year such as "2025").
///
/// ## Options
/// - `scope`: headings whose sections form the scope (absent = whole document; silent when the
///   scope is absent from the document).
/// - `columns`: list of synonym groups.
///
/// ## Where findings point
/// No table in scope: the scope heading. Missing columns: the header of the table closest to
/// complete; `{columns}` lists what is missing.
public struct TableColumns: RuleKind {
    public static let name = "table-columns"
    public static let summary = "A table in a scope has the required columns."

    public struct Options: Decodable, Sendable {
        var scope: PhraseList?
        var columns: [PhraseList]
        enum CodingKeys: String, CodingKey, CaseIterable { case scope, columns }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            scope = try container.decodeIfPresent(PhraseList.self, forKey: .scope)
            columns = try container.decode([PhraseList].self, forKey: .columns)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        guard !options.columns.isEmpty else { throw RuleOptionError("'columns' needs at least one group") }
        self.options = options
    }

    public func evaluate(in document: Document) -> RuleOutcome {
        guard let scope = DocumentScope.resolve(options.scope, in: document, fallbackToDocument: false) else {
            return .notApplicable
        }
        let matches = matches(in: document)
        guard matches.isEmpty else { return .unmet(matches) }
        let table = scope.tables(in: document).first { missing(in: $0).isEmpty }
        return .met(Evidence(section: scope.anchor, position: table?.position ?? scope.position))
    }

    public func matches(in document: Document) -> [Match] {
        guard let scope = DocumentScope.resolve(options.scope, in: document, fallbackToDocument: false) else { return [] }
        let tables = scope.tables(in: document)
        guard !tables.isEmpty else {
            return [Match(position: scope.position, section: scope.anchor,
                          values: ["columns": LocalizedText(allLabels)], key: "no-table",
                          message: LocalizedText(
                            id: "Tidak ada tabel di bagian ini; diperlukan tabel dengan kolom: {columns}.",
                            en: "No table in this section; a table with these columns is required: {columns}."))]
        }
        let missingPerTable = tables.map { missing(in: $0) }
        guard let best = missingPerTable.indices.min(by: { missingPerTable[$0].count < missingPerTable[$1].count }),
              !missingPerTable[best].isEmpty else { return [] }
        let labels = missingPerTable[best].map(Self.label).joined(separator: ", ")
        return [Match(position: tables[best].position, section: scope.anchor,
                      values: ["columns": LocalizedText(labels)], key: "columns")]
    }

    private var allLabels: String { options.columns.map(Self.label).joined(separator: ", ") }

    /// A column group's name for messages: its first phrasing that is not the `@tahun` pattern.
    static func label(_ group: PhraseList) -> String {
        group.phrases.first { !$0.hasPrefix("@") } ?? "tahun"
    }

    private func missing(in table: Table) -> [PhraseList] {
        let headers = table.header.map { TextFolding.words(of: $0.text) }
        return options.columns.filter { group in
            !headers.contains { header in
                group.matches(header) || (group.phrases.contains("@tahun") && isYear(header))
            }
        }
    }

    private func isYear(_ header: [String]) -> Bool {
        guard let first = header.first, first.count == 4, let year = Int(first) else { return false }
        return (1900...2199).contains(year)
    }
}
