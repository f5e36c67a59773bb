import Foundation
import Testing
@testable import SPBELintCore

/// `required-terms` with `levels`: a gap at a level after the first says what it means for the
/// indicator, from the rule's own list (or, with `levels: true`, that the indicator stays below its top).
struct MaturityLevelsTests {
    /// Loads a one-rule pack whose `levels` option is `levels` (YAML, indented under `options:`).
    func rule(levels: String) throws -> Rule {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tingkat-\(UUID().uuidString)")
        let ruleFolder = folder.appendingPathComponent("fasilitas")
        try FileManager.default.createDirectory(at: ruleFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id: uji\ntitle: { id: Uji, en: Test }\nversion: \"1\"\n"
            .write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        try """
            id: fasilitas
            kind: required-terms
            severity: warning
            area: infrastruktur
            citations:
              - { instrument: Permenpan RB 59/2020, article: "Lampiran I, indikator 5", confidence: confirmed }
            message: { id: "Dokumen belum merencanakan {term}.", en: "The document does not plan {term}." }
            options:
              levels: \(levels)
              allOf:
                - [pusat data]
                - [pusat data nasional]
                - [pusat data cadangan]
            """.write(to: ruleFolder.appendingPathComponent("rule.yml"), atomically: true, encoding: .utf8)
        return try RulePack.load(from: folder).rules[0]
    }

    func messages(of rule: Rule, in text: String) throws -> [LocalizedText] {
        let document = try MarkedDocument(text).parse(as: "rencana.md")
        return Linter(rules: [rule]).lint(document).map(\.message)
    }

    let twoLevels = """
        [{ id: "indikator 5 tertahan di tingkat 3", en: "indicator 5 stays at level 3" },
                   { id: "kriteria tingkat 5: pusat data cadangan", en: "criterion for level 5: a backup data centre" }]
        """

    @Test func theSecondLevelSaysItsOwnConsequence() throws {
        let found = try messages(of: try rule(levels: twoLevels), in: "# Rencana\n\nPusat data untuk seluruh perangkat daerah.\n")
        #expect(found.map(\.id) == ["Pusat data sudah ada, tetapi keterhubungannya dengan pusat data nasional belum disebut; indikator 5 tertahan di tingkat 3."])
        #expect(found.map(\.en) == ["Pusat data is there, but its link to pusat data nasional is not stated; indicator 5 stays at level 3."])
    }

    @Test func theThirdLevelSaysItsOwnConsequence() throws {
        let found = try messages(of: try rule(levels: twoLevels),
                                 in: "# Rencana\n\nPusat data terhubung dengan pusat data nasional.\n")
        #expect(found.map(\.id) == ["Pusat data nasional sudah ada, tetapi keterhubungannya dengan pusat data cadangan belum disebut; kriteria tingkat 5: pusat data cadangan."])
    }

    @Test func theFirstLevelKeepsTheRuleMessage() throws {
        let found = try messages(of: try rule(levels: twoLevels), in: "# Rencana\n\nJaringan untuk seluruh perangkat daerah.\n")
        #expect(found.map(\.id) == ["Dokumen belum merencanakan pusat data."])
    }

    @Test func levelsTrueSaysTheIndicatorStaysBelowItsTop() throws {
        let found = try messages(of: try rule(levels: "true"), in: "# Rencana\n\nPusat data untuk seluruh perangkat daerah.\n")
        #expect(found.map(\.id) == ["Pusat data sudah ada, tetapi keterhubungannya dengan pusat data nasional belum disebut; indikatornya tertahan di bawah tingkat tertinggi."])
    }

    @Test func aListOfTheWrongLengthIsRefused() throws {
        do {
            _ = try rule(levels: "[{ id: \"tingkat 3\", en: \"level 3\" }]")
            Issue.record("a list of one consequence for three levels was accepted")
        } catch {
            #expect("\(error)".contains("give one for each 'allOf' group after the first (2)"), "\(error)")
        }
    }

    /// The shipped infrastructure rules: a missing PDN or SPLP link holds indicator 5 or 7 at level 3
    /// (their level 4 names only the national facility); JIP's level 4 also accepts another intranet,
    /// so that rule states the criterion instead of a level.
    @Test func theShippedInfrastructureRulesNameTheLevelOrTheCriterion() throws {
        let rules = try RulePack.load(from: Repository.rules.appendingPathComponent("perpres-95-2018")).rules
        let header = "---\njenis: rencana-induk\ntingkat: kota\nperiode: 2025-2029\n---\n\n## Domain Arsitektur Infrastruktur SPBE\n\n"
        let cases = [
            ("infrastruktur-pusat-data", "Pusat data untuk seluruh perangkat daerah.", "indikator 5 Permenpan RB 59/2020 tertahan di tingkat 3."),
            ("infrastruktur-sistem-penghubung", "Sistem penghubung layanan untuk seluruh perangkat daerah.",
             "indikator 7 Permenpan RB 59/2020 tertahan di tingkat 3."),
            ("infrastruktur-jaringan-intra", "Jaringan intra untuk seluruh perangkat daerah.",
             "kriteria tingkat 4 indikator 6 dan 17 Permenpan RB 59/2020: interkoneksi dengan Jaringan Intra Pemerintah dan/atau jaringan intra instansi atau daerah lain."),
        ]
        for (id, text, ending) in cases {
            let rule = try #require(rules.first { $0.id == id })
            let found = try messages(of: rule, in: header + text + "\n")
            #expect(found.count == 1 && found[0].id.hasSuffix(ending), "\(id): \(found.map(\.id))")
            #expect(found.allSatisfy { !$0.en.contains("top level") }, "\(id): \(found.map(\.en))")
        }
    }
}
