import Foundation
import Testing
@testable import SPBELintCore

/// The real documents of `../shared/corpus/plans` are `pdftotext -layout` output; printed back to
/// PDF by `scripts/make-pdf.py` (every line at its columns), each lints through poppler to the
/// findings of its `.txt`, at the same page and line. Skipped without `../shared` or python3.
@Suite("Real documents as PDF lint like their text (skipped without ../shared)")
struct RealPlansPDFTests {
    static var available: Bool { RealPlansTests.available && PDFExamplesTests.hasPython }

    static var documents: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RealPlansTests.plans.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }

    let linter = Linter(rules: try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules))

    /// The page and the line within it of every line of a text with form feeds, as the PDF
    /// reader numbers them (a form feed starts line 1 of the next page).
    static func pageLines(of text: String) -> [Int: (page: Int, line: Int)] {
        var result: [Int: (page: Int, line: Int)] = [:]
        var page = 1
        var first = 1
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let feeds = line.filter { $0 == "\u{0C}" }.count
            if feeds > 0 {
                page += feeds
                first = number
            }
            result[number] = (page, number - first + 1)
        }
        return result
    }

    @Test("each real .txt printed to PDF gives its findings at the same page and line", .enabled(if: available),
          arguments: documents)
    func sameFindings(_ name: String) throws {
        let text = RealPlansTests.plans.appendingPathComponent(name)
        let folder = try OfficeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent(name.replacingOccurrences(of: ".txt", with: ".pdf"))
        try PDFExamplesTests.makePDF(text, pdf)
        let fromText = linter.lint(try DocumentLoader().load(path: text.path).get())
        let fromPDF = linter.lint(try DocumentLoader().load(path: pdf.path).get())
        #expect(PDFExamplesTests.said(fromPDF) == PDFExamplesTests.said(fromText))
        let lines = Self.pageLines(of: try String(contentsOf: text, encoding: .utf8))
        let expected = fromText.map { finding -> String in
            let at = lines[finding.position.line] ?? (0, 0)
            return "\(finding.ruleId) p\(at.page):L\(at.line)"
        }.sorted()
        #expect(fromPDF.map { "\($0.ruleId) p\($0.position.page ?? 0):L\($0.position.line)" }.sorted() == expected)
    }
}
