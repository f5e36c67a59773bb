import Foundation
import SPBELintCore

/// Parses the CSV self-assessment format: one row per indicator, grouped into assessments by institution and year.
struct CSVAssessmentParser {
    var path: String

    private struct Group {
        var parsed: ParsedAssessment
        var seen: [Int: SourcePosition] = [:]
    }

    func parse(_ text: String) -> ParsedFile {
        let tokenizer = CSVTokenizer(separator: CSVTokenizer.detectSeparator(in: text))
        let rows: [[CSVTokenizer.Field]]
        do {
            rows = try tokenizer.rows(text)
        } catch let error as CSVTokenizer.Malformed {
            let message = error.unterminated
                ? ("CSV tidak valid: tanda kutip tidak ditutup.", "Malformed CSV: unterminated quote.")
                : ("CSV tidak valid: ada teks setelah tanda kutip penutup.", "Malformed CSV: text after a closing quote.")
            return ParsedFile(path: path, problems: [problem(error.position, message.0, message.1)])
        } catch {
            return ParsedFile(path: path, problems: [problem(.start, "CSV tidak valid.", "Malformed CSV.")])
        }
        guard let header = rows.first else {
            return ParsedFile(path: path, problems: [problem(.start, "Berkas kosong.", "Empty file.")])
        }
        let allowed = AssessmentKeys.topLevel + AssessmentKeys.entry + AssessmentKeys.indicator
        var columns: [String: Int] = [:]
        for (index, field) in header.enumerated() {
            guard let name = AssessmentKeys.canonical(field.text, among: allowed) else { continue }
            let canonical = name == "indicators" ? "indicator" : name
            if columns[canonical] != nil {
                return ParsedFile(path: path, problems: [problem(field.position, "Kolom '\(field.text)' muncul dua kali di baris judul.",
                                                                 "Column '\(field.text)' appears twice in the header.")])
            }
            columns[canonical] = index
        }
        for required in ["indicator", "level"] where columns[required] == nil {
            return ParsedFile(path: path, problems: [problem(.start, "Baris judul CSV tidak memiliki kolom '\(required)'.",
                                                             "The CSV header has no '\(required)' column.")])
        }

        var problems: [InputProblem] = []
        var order: [String] = []
        var groups: [String: Group] = [:]
        for row in rows.dropFirst() {
            let rowStart = row.first?.position ?? .start
            if row.count > header.count {
                problems.append(problem(row[header.count].position, "Baris memiliki \(row.count) kolom, sedangkan baris judul \(header.count).",
                                        "The row has \(row.count) fields but the header has \(header.count)."))
                continue
            }
            func field(_ name: String) -> CSVTokenizer.Field? {
                guard let index = columns[name], index < row.count, !row[index].text.isEmpty else { return nil }
                return row[index]
            }
            let institution = field("institution")?.text
            let yearText = field("year")?.text
            let key = "\(institution ?? "")\u{1F}\(yearText ?? "")"
            if groups[key] == nil {
                var group = Group(parsed: ParsedAssessment(assessment: SelfAssessment(
                    path: path, institution: institution, year: yearText.flatMap { Int($0) }, position: rowStart)))
                order.append(key)
                if let yearField = field("year"), Int(yearField.text) == nil {
                    group.parsed.problems.append(problem(yearField.position, "Tahun harus bilangan bulat.", "The year must be a whole number."))
                }
                groups[key] = group
            }
            // Mutated in place: copying the group out and back would copy its growing lists every row.
            read(row: rowStart, field: field, into: &groups[key]!)
        }
        if order.isEmpty {
            problems.append(problem(.start, "CSV tidak berisi baris indikator.", "The CSV has no indicator rows."))
        }
        return ParsedFile(path: path, assessments: order.compactMap { groups[$0]?.parsed }, problems: problems)
    }

    private func read(row rowStart: SourcePosition, field: (String) -> CSVTokenizer.Field?, into group: inout Group) {
        if group.parsed.assessment.framework == nil, let framework = field("framework") {
            group.parsed.assessment.framework = framework.text
            group.parsed.assessment.frameworkPosition = framework.position
        }
        if group.parsed.assessment.target == nil, let target = field("target") {
            if let value = FixedPoint(target.text) { group.parsed.assessment.target = value } else {
                group.parsed.problems.append(problem(target.position, "Target indeks harus bilangan desimal, misalnya 3.00.",
                                                     "The index target must be a decimal number, e.g. 3.00."))
            }
        }
        guard let numberField = field("indicator") else {
            group.parsed.problems.append(problem(rowStart, "Baris tanpa nomor indikator.", "Row without an indicator number."))
            return
        }
        guard let number = Int(numberField.text) else {
            group.parsed.problems.append(problem(numberField.position, "'\(numberField.text)' bukan nomor indikator.",
                                                 "'\(numberField.text)' is not an indicator number."))
            return
        }
        group.parsed.mentioned.insert(number)
        if let first = group.seen[number] {
            group.parsed.problems.append(problem(numberField.position, "Indikator \(number) diisi lebih dari sekali (pertama pada baris \(first.line)).",
                                                 "Indicator \(number) is given more than once (first on line \(first.line))."))
            return
        }
        group.seen[number] = numberField.position
        guard let levelField = field("level") else {
            group.parsed.problems.append(problem(numberField.position, "Indikator \(number) tidak memiliki tingkat.", "Indicator \(number) has no level."))
            return
        }
        guard let level = Int(levelField.text) else {
            group.parsed.problems.append(problem(levelField.position, "Tingkat indikator \(number) harus bilangan bulat, bukan '\(levelField.text)'.",
                                                 "The level of indicator \(number) must be a whole number, not '\(levelField.text)'."))
            return
        }
        let evidence = field("evidence")?.text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
        group.parsed.assessment.indicators.append(AssessedIndicator(
            number: number, level: level, evidence: evidence, note: field("note")?.text,
            position: numberField.position, levelPosition: levelField.position))
    }

    private func problem(_ position: SourcePosition, _ message: String, _ messageEN: String) -> InputProblem {
        InputProblem(path: path, position: position, message: message, messageEN: messageEN)
    }
}
