/// `roadmap-coverage`: the roadmap's yearly tables cover every year of the period, and every row
/// names a responsible unit.
///
/// ## What it checks
/// Among the tables in the scope that have year columns, every year of the metadata `periode`
/// has a column in at least one of them; and in those tables each body row has a non-empty cell
/// under a responsible-unit column (`unitColumn` phrasings, such as "OPD" or "penanggung jawab").
///
/// ## Options
/// - `scope`: headings of the roadmap (required).
/// - `unitColumn`: phrasings of the responsible-unit column header.
/// - `includeYearTables`: also count roadmap matrices placed in other chapters.
///
/// ## Where findings point
/// Missing years: the first yearly table (`{years}` lists them). A row without a unit: the row's
/// first cell (`{row}` quotes it).
public struct RoadmapCoverage: RuleKind {
    public static let name = "roadmap-coverage"
    public static let summary = "Roadmap tables cover every year of the period; each row names a responsible unit."

    public struct Options: Decodable, Sendable {
        var scope: PhraseList
        var unitColumn: PhraseList
        var includeYearTables: Bool?
        enum CodingKeys: String, CodingKey, CaseIterable { case scope, unitColumn, includeYearTables }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            scope = try container.decode(PhraseList.self, forKey: .scope)
            unitColumn = try container.decode(PhraseList.self, forKey: .unitColumn)
            includeYearTables = try container.decodeIfPresent(Bool.self, forKey: .includeYearTables)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        guard let period = document.metadata.period,
              var scope = DocumentScope.resolve(options.scope, in: document, fallbackToDocument: false) else { return [] }
        if options.includeYearTables == true, let sections = scope.sections {
            scope.sections = sections.union(document.yearTableSections)
        }
        let yearly = scope.tables(in: document).map { (table: $0, years: YearColumns.years(of: $0)) }
            .filter { !$0.years.isEmpty }
        guard let first = yearly.first?.table else { return [] }
        var matches: [Match] = []
        let covered = Set(yearly.flatMap { $0.years.map(\.year) })
        let missing = (period.start...period.end).filter { !covered.contains($0) }
        if !missing.isEmpty {
            let years = missing.map(String.init).joined(separator: ", ")
            matches.append(Match(position: first.position, section: scope.anchor,
                                 values: ["problem": LocalizedText(id: "tabel tahunan belum mencakup tahun \(years) dari periode dokumen",
                                                                   en: "the yearly tables leave out \(years) of the document's period")],
                                 key: "years"))
        }
        for table in yearly.map(\.table) {
            guard let unit = table.header.firstIndex(where: { options.unitColumn.matches(TextFolding.words(of: $0.text)) })
            else { continue }
            // Only the responsible-unit cell of each row is read; a row is made only when it lacks one.
            for rowIndex in 1..<table.rowCount {
                let count = table.cellCount(ofRow: rowIndex)
                guard count > 0 else { continue }
                let value = unit < count ? table.cellText(row: rowIndex, column: unit).trimmingHorizontalSpace() : ""
                guard value.isEmpty || value == "-" || Placeholder.isPlaceholder(value) else { continue }
                let row = table.row(rowIndex)
                let label = row.map(\.text).first { $0.count > 3 } ?? row[0].text
                let shown = String(label.prefix(60))
                matches.append(Match(position: row[0].position, section: scope.anchor,
                                     values: ["problem": LocalizedText(id: "kegiatan \"\(shown)\" belum menyebut OPD atau unit kerja penanggung jawab",
                                                                       en: "the activity \"\(shown)\" names no responsible OPD or work unit")],
                                     key: "unit-\(label)"))
            }
        }
        return matches
    }
}

import Foundation
