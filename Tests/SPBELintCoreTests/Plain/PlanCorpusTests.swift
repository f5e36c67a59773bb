import Foundation
import Testing
@testable import SPBELintCore

extension Repository {
    /// ../shared/corpus/plans: five real documents with their `.txt` and `.md`.
    static let planCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/plans")
    static var planCorpusExists: Bool {
        FileManager.default.fileExists(atPath: planCorpus.appendingPathComponent("keys").path)
    }
}

/// The five real plans and regulations in ../shared/corpus/plans, read from their raw
/// `pdftotext -layout` text; skipped when the shared folder is absent.
@Suite("Real documents as plain text", .enabled(if: Repository.planCorpusExists))
struct PlanCorpusTests {
    static let folder = Repository.planCorpus

    func load(_ name: String) throws -> Document {
        try DocumentLoader().load(path: Self.folder.appendingPathComponent(name).path).get()
    }

    func count(_ document: Document, _ prefix: String) -> Int {
        document.sections.filter { $0.rawHeading.uppercased().hasPrefix(prefix.uppercased() + " ") }.count
    }

    @Test("the Perbup's BAB, Bagian and Pasal are recovered, each Pasal under its BAB")
    func perbup() throws {
        let document = try load("perbup-batubara-81-2021-spbe.txt")
        #expect(count(document, "BAB") == 10)
        #expect(count(document, "Pasal") == 53)
        #expect(count(document, "Bagian") == 27)
        let legal = LegalStructure(document: document)
        #expect(legal.pasal.map(\.number) == Array(1...53))
    }

    @Test("the scanned Perwal keeps the numbers the source has (it skips Pasal 6, 22, 24, 25 and BAB IX)")
    func perwal() throws {
        let document = try load("perwal-denpasar-35-2014-e-government.txt")
        #expect(count(document, "BAB") == 9)
        let numbers = LegalStructure(document: document).pasal.map(\.number)
        #expect(numbers == Array(1...26).filter { ![6, 22, 24, 25].contains($0) })
    }

    @Test("the master plan's BAB I-VIII and numbered sections, and its yearly matrices as tables")
    func masterPlan() throws {
        let document = try load("rencana-induk-egov-kota-denpasar-2016-2020.txt")
        #expect(count(document, "BAB") == 8)
        #expect(document.sections.filter { $0.numbering?.contains(".") == true }.count >= 36)
        #expect(!document.sections.contains { $0.rawHeading.contains("....") })
        let roadmap = try #require(document.sections.firstIndex { $0.title.hasPrefix("Tahapan Implementasi") })
        let tables = document.blocks(inSubtreeOf: roadmap).compactMap(\.table)
        #expect(tables.count >= 4)
        #expect(tables.allSatisfy { YearColumns.years(of: $0).map(\.year) == Array(2016...2020) })
    }

    @Test("the Keputusan: diktum KESATU... and the Lampiran", arguments: [
        ("kepwal-denpasar-188.45-1589-2019-e-planning", 5),
        ("kepwal-denpasar-188.45-1689-2019-peta-proses-bisnis", 4),
    ])
    func keputusan(_ name: String, diktum: Int) throws {
        let document = try load(name + ".txt")
        let roots = document.roots.map(\.rawHeading)
        let ordinals = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]
        #expect(Array(roots.prefix(diktum)) == Array(ordinals.prefix(diktum)))
        #expect(roots.dropFirst(diktum).first?.hasPrefix("LAMPIRAN") == true)
    }

    @Test("where the Markdown has no headings, the .txt and the .md give the same findings", arguments: [
        "kepwal-denpasar-188.45-1589-2019-e-planning", "kepwal-denpasar-188.45-1689-2019-peta-proses-bisnis",
    ])
    func sameFindings(_ name: String) throws {
        let linter = Linter(rules: try RulePack.loadAll(from: Repository.rules).flatMap(\.rules))
        let text = linter.lint(try load(name + ".txt")).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        let markdown = linter.lint(try load(name + ".md")).map { "\($0.ruleId): \($0.message.id)" }.sorted()
        #expect(text == markdown)
    }
}
