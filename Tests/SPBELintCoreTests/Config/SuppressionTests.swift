import Foundation
import Testing
@testable import SPBELintCore

@Suite("inline suppressions, waivers, baseline and ratchet")
struct SuppressionTests {
    /// The draft without its application-architecture section: one more gap.
    static let withoutApplicationDomain = GatingFixture.draft
        .replacingOccurrences(of: "## 5.4 Domain Arsitektur Aplikasi SPBE", with: "## 5.4 Lain-lain")

    /// Draft lines: 11 `# BAB I PENDAHULUAN` (dasar-hukum points here), 169 the architecture section
    /// (arsitektur-domain-keamanan), 247 the Peta Rencana heading (peta-rencana-audit-tik).
    func lint(_ text: String, name: String = "draf.md") throws -> LintResult {
        let fixture = try GatingFixture()
        return try fixture.lint([try fixture.write(name, text)], configuration: .none)
    }

    @Test("next-block, file, section and range comments hide findings and record the reason")
    func scopes() throws {
        let result = try lint(GatingFixture.draft(inserting: [
            "<!-- spbelint-disable-file dasar-hukum -- Dasar hukum dimuat dalam Perwali penetapan -->",
            "<!-- spbelint-disable-next-block peta-rencana-audit-tik -- Audit TIK diatur terpisah -->",
        ], at: 247))
        #expect(result.findings.map(\.ruleId) == ["arsitektur-domain-keamanan"])
        #expect(result.suppressed.count == 2)
        let audit = try #require(result.suppressed.first { $0.finding.ruleId == "peta-rencana-audit-tik" })
        #expect(audit.suppression.kind == .inline)
        #expect(audit.suppression.justification == "Audit TIK diatur terpisah")
        #expect(audit.suppression.source.hasSuffix("draf.md:248"))

        let section = try lint(GatingFixture.draft(inserting: [
            "<!-- spbelint-disable-section arsitektur-domain-keamanan alasan: domain keamanan disusun bersama BSSN -->"], at: 170))
        #expect(!section.findings.contains { $0.ruleId == "arsitektur-domain-keamanan" })
        #expect(section.suppressed.map(\.finding.ruleId) == ["arsitektur-domain-keamanan"])

        let range = try lint(GatingFixture.draft(inserting: ["<!-- spbelint-disable peta-rencana-audit-tik, dasar-hukum — satu alasan -->"], at: 200)
            .replacingOccurrences(of: "\n# BAB VI PETA RENCANA SPBE\n", with: "\n# BAB VI PETA RENCANA SPBE\n<!-- spbelint-enable peta-rencana-audit-tik -->\n"))
        #expect(range.suppressed.map(\.finding.ruleId) == ["peta-rencana-audit-tik"])
        #expect(range.findings.contains { $0.ruleId == "dasar-hukum" }, "line 11 is before the range")
        #expect(range.findings.contains { $0.ruleId == BuiltInChecks.suppressionUnused && $0.message.en.contains("dasar-hukum") })
    }

    @Test("a comment without a reason does not apply and is reported; so is one that hides nothing, or is malformed")
    func reported() throws {
        let result = try lint(GatingFixture.draft(inserting: [
            "<!-- spbelint-disable-next-block peta-rencana-audit-tik -->",
            "<!-- spbelint-disable-file arsitektur-domain-aplikasi -- tidak ada temuan -->",
            "<!-- spbelint-disable-file bukan-aturan -- salah ketik -->",
            "<!-- spbelint-matikan dasar-hukum -- perintah salah -->",
            "<!-- spbelint-enable dasar-hukum -->",
        ], at: 247))
        let ids = result.findings.map(\.ruleId)
        #expect(ids.contains("peta-rencana-audit-tik"), "no reason: the finding stays")
        #expect(ids.filter { $0 == BuiltInChecks.suppressionWithoutReason }.count == 1)
        #expect(ids.filter { $0 == BuiltInChecks.suppressionUnused }.count == 1)
        #expect(ids.filter { $0 == BuiltInChecks.suppressionInvalid }.count == 3)
        let unused = try #require(result.findings.first { $0.ruleId == BuiltInChecks.suppressionUnused })
        #expect(unused.position == SourcePosition(line: 248, column: 1))
        #expect(unused.area == .dokumen && unused.severity == .warning)
        #expect(result.suppressed.isEmpty)
    }

    @Test("XML comments: the reason follows an em dash or alasan: (XML forbids -- inside comments)")
    func xml() throws {
        let complete = try String(contentsOf: Repository.examples.appendingPathComponent("kabupaten-sukamaju-lengkap.xml"), encoding: .utf8)
        let changed = complete.replacingOccurrences(of: "<periode>2025-2029</periode>", with: "<periode>2025-2031</periode>")
            .replacingOccurrences(of: "<jenis>rencana-induk</jenis>", with: "<jenis>peta-rencana</jenis>")
            .replacingOccurrences(of: "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">",
                                  with: "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">\n  <!-- spbelint-disable-next-block dokumen-periode — Periode mengikuti RPJMD 2025-2031 -->")
        let result = try lint(changed, name: "rencana.xml")
        #expect(result.problems.isEmpty)
        #expect(result.suppressed.map(\.finding.ruleId) == ["dokumen-periode"])
        #expect(result.suppressed.first?.suppression.justification == "Periode mengikuti RPJMD 2025-2031")
        #expect(!result.findings.contains { $0.ruleId.hasPrefix("suppression-") })
    }

    @Test("directive parsing: rule lists, separators, several comments in one HTML block")
    func parsing() {
        let directive = InlineDirective.parse(" spbelint-disable-file a, b c -- alasan -- dengan tanda ", at: .start)
        #expect(directive?.scope == .file && directive?.rules == ["a", "b", "c"] && directive?.reason == "alasan -- dengan tanda")
        #expect(InlineDirective.parse("spbelint-disable-file a reason: because", at: .start)?.reason == "because")
        #expect(InlineDirective.parse("catatan biasa", at: .start) == nil)
        #expect(InlineDirective.parse("spbelint-disable-file a --   ", at: .start)?.reason == nil)
        let bodies = InlineDirective.bodies(of: TableCell(text: "<!-- satu -->\n<!-- dua\nlanjut -->", position: SourcePosition(line: 5, column: 1)))
        #expect(bodies.map(\.text) == [" satu ", " dua\nlanjut "])
        #expect(bodies.map(\.position) == [SourcePosition(line: 5, column: 1), SourcePosition(line: 6, column: 1)])
    }

    @Test("waivers: by fingerprint or rule and path; expired ones come back with a note; unused ones are reported")
    func waivers() throws {
        var result = try lint(GatingFixture.draft)
        let path = try #require(result.documents.first?.path)
        let dasar = try #require(result.findings.first { $0.ruleId == "dasar-hukum" })
        let waivers = Waivers(file: "pengecualian.yml", entries: [
            Waiver(fingerprint: dasar.fingerprint, rule: nil, path: nil, reason: "Ditambahkan saat penetapan", owner: "Bagian Hukum",
                   expires: "2026-06-30", position: SourcePosition(line: 2, column: 5)),
            Waiver(fingerprint: nil, rule: "arsitektur-domain-keamanan", path: path, reason: "Menunggu BSSN", owner: "Persandian",
                   expires: "2025-12-31", position: SourcePosition(line: 7, column: 5)),
            Waiver(fingerprint: nil, rule: "visi-misi", path: nil, reason: "lama", owner: "x", expires: "2030-01-01",
                   position: SourcePosition(line: 12, column: 5)),
            Waiver(fingerprint: nil, rule: "visi-misi", path: "dokumen-lain.md", reason: "lain", owner: "x", expires: "2030-01-01",
                   position: SourcePosition(line: 17, column: 5)),
        ])
        waivers.apply(to: &result, today: "2026-06-30")
        #expect(result.suppressed.map(\.finding.ruleId) == ["dasar-hukum"], "valid through its expiry day")
        #expect(result.suppressed.first?.suppression.owner == "Bagian Hukum")
        let expired = try #require(result.findings.first { $0.ruleId == "arsitektur-domain-keamanan" })
        #expect(expired.message.id.contains("kedaluwarsa pada 2025-12-31") && expired.message.en.contains("expired on 2025-12-31"))
        let unused = result.findings.filter { $0.ruleId == BuiltInChecks.waiverUnused }
        #expect(unused.map(\.position.line) == [12], "a waiver for a document not linted is not reported")
        #expect(unused.first?.path == "pengecualian.yml")
    }

    @Test("waivers files are strict: unknown keys, missing fields and bad dates are errors at file:line:column")
    func waiversFile() throws {
        let fixture = try GatingFixture()
        let good = try fixture.write("w.yml", "waivers:\n  - rule: dasar-hukum\n    reason: r\n    owner: o\n    expires: 2026-12-31\n")
        let loaded = try Waivers.load(path: good)
        #expect(loaded.entries.first?.expires == "2026-12-31" && loaded.entries.first?.position.line == 2)
        for (text, line) in [("waivers:\n  - rule: a\n    reason: r\n    owner: o\n    expires: 2026-12-31\n    pemilik: x\n", 6),
                             ("waivers:\n  - rule: a\n    reason: r\n    owner: o\n    expires: 31-12-2026\n", 5),
                             ("waivers:\n  - reason: r\n    owner: o\n    expires: 2026-12-31\n", 2),
                             ("waivers:\n  - rule: a\n    owner: o\n    expires: 2026-12-31\n", 2)] {
            let path = try fixture.write("w-\(UUID().uuidString).yml", text)
            let error = #expect(throws: RuleLoadError.self) { try Waivers.load(path: path) }
            #expect(error?.line == line, "\(text)")
        }
    }

    @Test("baseline: matched by fingerprint, so inserting lines above a finding keeps it known; a new finding is not")
    func baseline() throws {
        let before = try lint(GatingFixture.draft)
        let baseline = Baseline(result: before, language: .id)
        #expect(baseline.findings.count == 3)
        let decoded = try JSONDecoder().decode(Baseline.self, from: Data(baseline.rendered().utf8))
        #expect(decoded == baseline)

        let fixture = try GatingFixture()
        let path = try fixture.write("draf.md", GatingFixture.draft)
        let recorded = Baseline(result: try fixture.lint([path], configuration: .none), language: .id)
        try fixture.write("draf.md", GatingFixture.draft(inserting: ["Paragraf tambahan di atas temuan.", "", "Satu lagi.", ""], at: 160))
        var moved = try fixture.lint([path], configuration: .none)
        #expect(moved.findings.contains { $0.ruleId == "arsitektur-domain-keamanan" && $0.position.line == 173 },
                "the finding moved from line 169 to 173")
        recorded.apply(to: &moved, file: "baseline.json")
        #expect(moved.findings.isEmpty, "every finding is still known after the lines moved")
        #expect(moved.suppressed.count == 3 && moved.baselineApplied)

        try fixture.write("draf.md", Self.withoutApplicationDomain)
        var changed = try fixture.lint([path], configuration: .none)
        recorded.apply(to: &changed, file: "baseline.json")
        #expect(!changed.findings.isEmpty, "a new gap is not in the baseline")
    }

    @Test("ratchet: fails only when the met share falls; the update keeps the better record")
    func ratchet() throws {
        let fixture = try GatingFixture()
        let path = try fixture.write("draf.md", GatingFixture.draft)
        var result = try fixture.lint([path], configuration: .none)
        let record = Ratchet().updated(with: result.coverage)
        let entry = try #require(record.documents.first)
        #expect(entry.applicable > 0 && entry.met == entry.applicable - 3)
        #expect(record.apply(to: &result).isEmpty)

        try fixture.write("draf.md", Self.withoutApplicationDomain)
        var worse = try fixture.lint([path], configuration: .none)
        let regressions = record.apply(to: &worse)
        #expect(regressions.count == 1)
        let finding = try #require(worse.findings.first { $0.ruleId == BuiltInChecks.coverageDropped })
        #expect(finding.position == .start && finding.severity == .error)
        #expect(record.updated(with: worse.coverage) == record, "a worse document keeps its record")

        let better = Ratchet(documents: [Ratchet.Entry(path: path, met: entry.met - 1, applicable: entry.applicable, percent: 0)])
        #expect(better.updated(with: result.coverage).documents.first?.met == entry.met)
    }
}
