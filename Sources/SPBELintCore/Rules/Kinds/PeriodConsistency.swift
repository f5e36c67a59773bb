/// `period-consistency`: the years of the title and of the yearly tables agree with the period.
///
/// ## What it checks
/// With a metadata `periode` (for example 2025-2029): a title (metadata `judul`, else the first
/// heading) that names a year range names the same one; and no year column of a table in the
/// scope lies outside the period.
///
/// ## Options
/// - `scope`: headings whose tables are checked (absent = every table).
///
/// ## Where findings point
/// The `judul` field (or the first heading) for the title; the header cell for a table year.
/// `{found}` and `{period}` fill the message.
public struct PeriodConsistency: RuleKind {
    public static let name = "period-consistency"
    public static let summary = "Title and table years agree with the metadata period."

    public struct Options: Decodable, Sendable {
        var scope: PhraseList?
        enum CodingKeys: String, CodingKey, CaseIterable { case scope }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            scope = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(PhraseList.self, forKey: .scope)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        guard let period = document.metadata.period else { return [] }
        let periodText = LocalizedText("\(period.start)-\(period.end)")
        var matches: [Match] = []
        if let title = titleAndPosition(of: document), let stated = Period(parsing: title.text),
           stated != period {
            matches.append(Match(position: title.position, section: nil,
                                 values: ["found": LocalizedText("\(stated.start)-\(stated.end)"), "period": periodText],
                                 key: "title"))
        }
        guard let scope = DocumentScope.resolve(options.scope, in: document, fallbackToDocument: false) else { return matches }
        for table in scope.tables(in: document) {
            for (year, cell) in YearColumns.years(of: table) where year < period.start || year > period.end {
                matches.append(Match(position: cell.position, section: scope.anchor,
                                     values: ["found": LocalizedText(String(year)), "period": periodText],
                                     key: "table-\(year)"))
            }
        }
        return matches
    }

    private func titleAndPosition(of document: Document) -> (text: String, position: SourcePosition)? {
        if let field = document.metadata["judul"] { return (field.value, field.position) }
        return document.sections.first.map { ($0.rawHeading, $0.position) }
    }
}
