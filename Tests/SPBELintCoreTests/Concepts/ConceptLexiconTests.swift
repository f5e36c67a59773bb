import Foundation
import Testing
@testable import SPBELintCore

/// `concepts.yml` is loaded strictly with its pack, and rules name its concepts.
struct ConceptLexiconTests {
    /// Writes a pack with one rule and the given lexicon; returns the pack folder.
    func pack(concepts: String, options: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("konsep-\(UUID().uuidString)")
        let rule = folder.appendingPathComponent("contoh-aturan")
        try FileManager.default.createDirectory(at: rule, withIntermediateDirectories: true)
        try "id: uji\ntitle: { id: Uji, en: Test }\nversion: \"1\"\n"
            .write(to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        try concepts.write(to: folder.appendingPathComponent("concepts.yml"), atomically: true, encoding: .utf8)
        try """
            id: contoh-aturan
            kind: required-terms
            severity: warning
            area: peta-rencana
            citations:
              - { instrument: Perpres 95/2018, article: Pasal 19 ayat (1), confidence: confirmed }
            message: { id: "Belum ada {term}.", en: "No {term}." }
            options:
            \(options)
            """.write(to: rule.appendingPathComponent("rule.yml"), atomically: true, encoding: .utf8)
        return folder
    }

    let lexicon = """
        concepts:
          peta-rencana:
            label: { id: Peta Rencana, en: roadmap }
            id: [peta rencana]
            older: [tahapan implementasi]
          reviu:
            label: { id: reviu, en: review }
            id: [paruh waktu]
            includes: [peta-rencana]
        """

    func loadError(concepts: String, options: String) throws -> RuleLoadError? {
        let folder = try pack(concepts: concepts, options: options)
        do {
            _ = try RulePack.load(from: folder)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRuleNamesAConceptAndGetsItsTermsAndIncludes() throws {
        let loaded = try RulePack.load(from: try pack(concepts: lexicon, options: "  anyOf: { concept: reviu }"))
        #expect(loaded.concepts.phrases(of: "reviu") == ["paruh waktu", "peta rencana", "tahapan implementasi"])
        #expect(loaded.rules[0].concepts.map(\.id) == ["reviu"])
    }

    @Test func anUnknownConceptIsAnErrorAtTheOption() throws {
        let error = try #require(try loadError(concepts: lexicon, options: "  anyOf: { concept: tidak-ada }"))
        #expect(error.line == 9)
        #expect(error.message.contains("unknown concept 'tidak-ada'"))
    }

    @Test func anUnknownKeyInTheLexiconIsAnErrorAtItsLine() throws {
        let error = try #require(try loadError(concepts: lexicon + "\n    sinonim: [x]\n", options: "  anyOf: [x]"))
        #expect(error.file.hasSuffix("concepts.yml"))
        #expect(error.line == 10)
        #expect(error.message.contains("unknown key 'sinonim'"))
    }

    @Test func anUnknownIncludeIsAnError() throws {
        let broken = lexicon.replacingOccurrences(of: "includes: [peta-rencana]", with: "includes: [peta]")
        let error = try #require(try loadError(concepts: broken, options: "  anyOf: [x]"))
        #expect(error.message.contains("includes unknown concept 'peta'"))
        #expect(error.line == 9)
    }

    @Test func theShippedLexiconLoadsAndEveryConceptHasTerms() throws {
        let loaded = try RulePack.load(from: Repository.rules.appendingPathComponent("perpres-95-2018"))
        #expect(loaded.concepts.concepts.count >= 40)
        for id in loaded.concepts.concepts.keys { #expect(!loaded.concepts.phrases(of: id).isEmpty, "\(id)") }
        #expect(loaded.concepts.phrases(of: "manajemen-layanan").contains("itil"))
        #expect(loaded.concepts.phrases(of: "arsitektur").contains("cetak biru"))
    }
}
