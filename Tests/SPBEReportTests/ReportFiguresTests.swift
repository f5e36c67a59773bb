import Foundation
import SPBELintCore
import Testing
@testable import SPBEReport

/// Crafted documents with known requirement outcomes: the figures the report prints must be these.
@Suite("Gap report figures: coverage, tiers, verdict, version order, change counts")
struct ReportFiguresTests {
    /// A document with the given front matter, linted by no rule (its coverage is set by the test).
    static func gap(_ frontMatter: String, name: String = "dokumen.md", requirements: [RequirementResult] = [],
                    findings: [Finding] = []) throws -> DocumentGap {
        let path = try ReportFixture.temporaryDocument("---\n\(frontMatter)\n---\n\n# BAB I PENDAHULUAN\n\nIsi.\n", name: name)
        let document = try DocumentLoader().load(path: path).get()
        return DocumentGap(document: document, findings: findings,
                           coverage: DocumentCoverage(path: path, requirements: requirements), risks: [])
    }

    /// One requirement: `state` is met, not-met, nothing (met without evidence) or n/a.
    static func requirement(_ id: String, _ basis: LegalBasis, _ state: String, area: Area = .arsitektur) -> RequirementResult {
        let status: RequirementStatus = state == "not-met" ? .notMet : state == "n/a" ? .notApplicable : .met
        var result = RequirementResult(ruleId: id, area: area, severity: basis.defaultSeverity, basis: basis, status: status,
                                       requirement: LocalizedText(id: "Persyaratan \(id).", en: "Requirement \(id)."), citations: [],
                                       evidenceHeading: state == "met" ? "Bagian \(id)" : nil,
                                       evidencePosition: state == "met" ? SourcePosition(line: 10, column: 1) : nil)
        result.withoutEvidence = state == "nothing"
        return result
    }

    /// 21 obligations (3 not met, 15 met, 2 met without evidence, 1 not applicable... plus one more
    /// met), 4 criteria (1 not met), 2 practices (met).
    static func draftRequirements() -> [RequirementResult] {
        var list: [RequirementResult] = []
        for number in 1...3 { list.append(requirement("wajib-belum-\(number)", .kewajiban, "not-met")) }
        for number in 1...16 { list.append(requirement("wajib-ada-\(number)", .kewajiban, "met")) }
        for number in 1...2 { list.append(requirement("wajib-tanpa-bukti-\(number)", .kewajiban, "nothing")) }
        list.append(requirement("wajib-tidak-berlaku", .kewajiban, "n/a", area: .auditTIK))
        list.append(requirement("kriteria-belum", .kriteriaEvaluasi, "not-met", area: .manajemen))
        for number in 1...3 { list.append(requirement("kriteria-ada-\(number)", .kriteriaEvaluasi, "met", area: .manajemen)) }
        for number in 1...2 { list.append(requirement("praktik-\(number)", .praktikBaik, "met", area: .layanan)) }
        return list
    }

    @Test("a requirement met without evidence counts neither as met nor in coverage, in the core and the report")
    func honestCoverage() throws {
        let coverage = DocumentCoverage(path: "x.md", requirements: [
            Self.requirement("a", .kewajiban, "met"), Self.requirement("b", .kewajiban, "not-met"),
            Self.requirement("c", .kewajiban, "nothing"), Self.requirement("d", .kewajiban, "n/a"),
        ])
        #expect(coverage.percent == 50, "1 met with evidence of 2 counted; the one without evidence is left out")
        let area = try #require(coverage.areas.first)
        #expect(area.met == 1 && area.notMet == 1 && area.withoutEvidence == 1 && area.notApplicable == 1 && area.percent == 50)
        let nothingCounted = DocumentCoverage(path: "y.md", requirements: [Self.requirement("c", .kewajiban, "nothing")])
        #expect(nothingCounted.percent == nil, "nothing to check is not 100%")
    }

    @Test("a silent check of a kind that names no place is met without evidence (nothingFound)")
    func nothingFoundFromTheLinter() throws {
        let path = try ReportFixture.temporaryDocument("""
            ---
            judul: Rencana Induk SPBE Kota Uji 2025-2029
            jenis: rencana-induk
            instansi: Pemerintah Kota Uji
            tingkat: kota
            periode: 2025-2029
            ---

            # BAB I PENDAHULUAN

            Rencana ini berlaku untuk periode 2025-2029.
            """)
        let result = try ReportFixture.lint([path])
        let coverage = try #require(result.coverage.first)
        let consistency = try #require(coverage.requirements.first { $0.ruleId == "dokumen-konsistensi-tahun" })
        #expect(consistency.status == .met && consistency.withoutEvidence && consistency.evidencePosition == nil)
        let identity = try #require(coverage.requirements.first { $0.ruleId == "dokumen-identitas" })
        #expect(identity.isMetWithEvidence, "metadata that is there is evidence")
        let counted = coverage.requirements.filter(\.countsInCoverage)
        let met = counted.filter(\.isMetWithEvidence).count
        #expect(coverage.percent == (met * 100 + counted.count / 2) / counted.count)
    }

    @Test("obligations, criteria and practice are counted apart; the headline is the obligations")
    func tiers() throws {
        let document = try Self.gap("judul: Uji\ninstansi: Kota Uji", requirements: Self.draftRequirements())
        let obligations = document.obligations
        #expect(obligations.applicable == 21 && obligations.notMet == 3 && obligations.met == 16 && obligations.withoutEvidence == 2)
        #expect(obligations.notApplicable == 1)
        #expect(obligations.percent == 84, "16 of 19 counted")
        let criteria = document.tiers[1]
        #expect(criteria.basis == .kriteriaEvaluasi && criteria.applicable == 4 && criteria.notMet == 1)
        let practice = document.tiers[2]
        #expect(practice.applicable == 2 && practice.notMet == 0 && practice.percent == 100)
        #expect(ReportStrings(language: .id).headline(obligations) == "3 dari 21 kewajiban belum dipenuhi")
        #expect(ReportStrings(language: .en).headline(obligations) == "3 of 21 obligations not met")
        #expect(document.verdict == .notReady)
        #expect(document.unmet.map(\.ruleId) == ["wajib-belum-1", "wajib-belum-2", "wajib-belum-3", "kriteria-belum"])

        let html = HTMLReportRenderer().render(GapReport(language: .id, documents: [document]))
        let xml = try #require(XMLStructure.parse(html))
        #expect(xml.text.contains("Putusan: Belum siap ditetapkan"))
        #expect(xml.text.contains("3 dari 21 kewajiban belum dipenuhi."))
        #expect(!xml.text.contains("wajib-tidak-berlaku") || xml.named("tr").filter { $0.text.contains("wajib-tidak-berlaku") }.count == 1)
        let naRows = xml.named("tr").filter { $0.attributes["class"] == "na" }
        #expect(naRows.count == 1 && naRows[0].text.contains("Tidak berlaku untuk dokumen ini: 1 persyaratan"))
        for met in document.coverage.requirements where met.isMetWithEvidence {
            #expect(xml.named("tr").contains { $0.text.contains(met.ruleId) && $0.text.contains("Bagian \(met.ruleId) (baris 10)") },
                    "\(met.ruleId) quotes its evidence")
        }
        let codes = xml.named("td").filter { $0.attributes["class"] == "code" }
        #expect(codes.count == 27, "one rule code per applicable requirement, in its own column")
        #expect(html.contains("td.code code, tr.na code { white-space: nowrap;"))
    }

    @Test("the verdict: not ready, ready with notes, ready, not assessed")
    func verdicts() throws {
        let met = Self.requirement("a", .kewajiban, "met")
        let criterionUnmet = Self.requirement("b", .kriteriaEvaluasi, "not-met")
        let practiceMet = Self.requirement("c", .praktikBaik, "met")
        #expect(try Self.gap("judul: A", requirements: [met, criterionUnmet]).verdict == .readyWithNotes)
        #expect(try Self.gap("judul: A", requirements: [met, practiceMet]).verdict == .ready)
        #expect(try Self.gap("judul: A", requirements: [Self.requirement("a", .kewajiban, "nothing")]).verdict == .ready)
        #expect(try Self.gap("judul: A", requirements: [practiceMet]).verdict == .notAssessed)
        let reading = Finding(ruleId: "dokumen-rusak", severity: .error, message: LocalizedText(id: "Tabel rusak.", en: "Broken table."),
                              path: "x.md", position: SourcePosition(line: 3, column: 1), area: .dokumen, citations: [], indicators: [],
                              fingerprint: "f")
        #expect(try Self.gap("judul: A", requirements: [met], findings: [reading]).verdict == .readyWithNotes)
        let names = Verdict.allCases.map { $0.name.text(in: .id) }
        #expect(names.contains("Siap ditetapkan dengan catatan") && names.contains("Siap ditetapkan") && names.contains("Belum siap ditetapkan"))
    }

    @Test("versions are ordered by their own date, then status, then version; the report says which")
    func versionOrder() throws {
        let base = "judul: Rencana Induk SPBE Kota Uji\ninstansi: Pemerintah Kota Uji"
        let enacted2019 = try Self.gap(base + "\nstatus: ditetapkan\ntanggal-penetapan: 2019-10-02", name: "a.md")
        let enacted2023 = try Self.gap(base + "\nstatus: ditetapkan\ntanggal-penetapan: 2023-03-01", name: "b.md")
        let pairs = VersionComparison.automaticPairs([enacted2023, enacted2019])
        #expect(pairs.count == 1 && pairs[0].older == 1 && pairs[0].newer == 0 && pairs[0].orderedBy == [.enactmentDate])

        let draft = try Self.gap(base + "\nstatus: rancangan", name: "c.md")
        let final = try Self.gap(base + "\nstatus: final", name: "d.md")
        let byStatus = VersionComparison.automaticPairs([final, draft])
        #expect(byStatus.count == 1 && byStatus[0].older == 1 && byStatus[0].orderedBy == [.status])

        let v10 = try Self.gap(base + "\nversi: 1.10", name: "e.md")
        let v9 = try Self.gap(base + "\nversi: 1.9", name: "f.md")
        let three = try Self.gap(base, name: "g.md")
        let byVersion = VersionOrder.sort([v10, v9, three], indices: [0, 1])
        #expect(byVersion.order == [1, 0] && byVersion.decidedBy == [.version])
        let unknown = VersionOrder.sort([three, try Self.gap(base, name: "h.md")], indices: [0, 1])
        #expect(unknown.order == [0, 1] && unknown.decidedBy == [.inputOrder])

        let report = GapReport(language: .id, documents: [enacted2023, enacted2019],
                               comparisons: pairs.map { VersionComparison(older: [enacted2023, enacted2019][$0.older],
                                                                           newer: [enacted2023, enacted2019][$0.newer], orderedBy: $0.orderedBy) })
        let html = HTMLReportRenderer().render(report)
        #expect(html.contains("<dt>Urutan versi menurut</dt><dd>tanggal penetapan</dd>"))
        #expect(html.contains("2 Oktober 2019") && html.contains("1 Maret 2023"))
    }

    @Test("--compare OLD NEW keeps the order given, even against the documents' dates")
    func explicitOrder() throws {
        let newerText = "---\njudul: Rencana Uji\ninstansi: Kota Uji\nstatus: ditetapkan\ntanggal-penetapan: 2024-01-01\n---\n\n# A\n\nIsi.\n"
        let olderText = newerText.replacingOccurrences(of: "2024-01-01", with: "2020-01-01")
        let newer = try ReportFixture.temporaryDocument(newerText, name: "baru.md")
        let older = try ReportFixture.temporaryDocument(olderText, name: "lama.md")
        let automatic = try ReportFixture.report([newer, older])
        #expect(automatic.comparisons.first?.older.path == older && automatic.comparisons.first?.orderedBy == [.enactmentDate])
        let explicit = try ReportFixture.report([newer, older], compare: (older: newer, newer: older))
        #expect(explicit.comparisons.count == 1)
        #expect(explicit.comparisons[0].older.path == newer && explicit.comparisons[0].orderedBy == [.arguments])
    }

    @Test("the change headline adds up to the per-requirement changes")
    func changeCounts() throws {
        let before = [Self.requirement("a", .kewajiban, "not-met"), Self.requirement("b", .kewajiban, "met"),
                      Self.requirement("c", .kewajiban, "n/a"), Self.requirement("d", .kriteriaEvaluasi, "met"),
                      Self.requirement("e", .kewajiban, "met"), Self.requirement("f", .praktikBaik, "not-met")]
        let after = [Self.requirement("a", .kewajiban, "met"), Self.requirement("b", .kewajiban, "not-met"),
                     Self.requirement("c", .kewajiban, "not-met"), Self.requirement("d", .kriteriaEvaluasi, "met"),
                     Self.requirement("e", .kewajiban, "n/a"), Self.requirement("f", .praktikBaik, "nothing")]
        let comparison = VersionComparison(older: try Self.gap("judul: A", requirements: before),
                                           newer: try Self.gap("judul: A", requirements: after))
        #expect(comparison.improved.map(\.ruleId) == ["a", "f"])
        #expect(comparison.regressed.map(\.ruleId) == ["b", "c"], "n/a → not met is a new gap")
        #expect(comparison.otherChanges.map(\.ruleId) == ["e"])
        #expect(comparison.unchangedCount == 1)
        let s = ReportStrings(language: .id)
        #expect(s.changeHeadline(comparison) == "▲ 2 membaik, ▼ 2 memburuk, 1 berubah lainnya, 1 tidak berubah")
        let html = HTMLReportRenderer().render(GapReport(language: .id, documents: [comparison.older, comparison.newer],
                                                         comparisons: [comparison]))
        let xml = try #require(XMLStructure.parse(html))
        #expect(xml.named("tr", inside: "table", class: "changes").count == 1 + comparison.changed.count)
        #expect(xml.text.contains("1 persyaratan lain tidak berubah."))
    }

    @Test("for people: names not ids, dates and decimals in the reader's language, no “error” in Indonesian")
    func forPeople() throws {
        let report = try ReportFixture.report([ReportFixture.draft], index: [ReportFixture.index2023, ReportFixture.index2024])
        let html = HTMLReportRenderer().render(report)
        let xml = try #require(XMLStructure.parse(html))
        let facts = try #require(xml.named("dl").first).text
        #expect(facts.contains("Rencana Induk SPBE") && facts.contains("Rancangan") && facts.contains("Pemerintah daerah"))
        #expect(!facts.contains("rencana-induk") && !facts.contains("pemda"))
        #expect(xml.text.contains("30 Juni 2025") && !xml.text.contains("2025-06-30"))
        #expect(xml.text.contains("2,50") && !xml.text.contains("2.50"))
        let visible = xml.elements.filter { $0.name != "style" && $0.name != "code" }.map(\.ownText).joined(separator: " ").lowercased()
        #expect(!visible.contains("error"), "no loanword in the Indonesian text")
        #expect(html.contains("@bottom-right { content: \"Halaman\" \" \" counter(page)"))
    }

    @Test("every met row quotes its evidence: a section and line, or the identity values and their lines")
    func evidenceQuoted() throws {
        let report = try ReportFixture.report([ReportFixture.draft])
        let document = try #require(report.documents.first)
        let html = HTMLReportRenderer().render(report)
        let xml = try #require(XMLStructure.parse(html))
        let rows = xml.named("tr").map(\.text)
        for requirement in document.coverage.requirements where requirement.isMetWithEvidence {
            let row = try #require(rows.first { $0.contains(requirement.ruleId) && $0.contains("✓") }, "\(requirement.ruleId)")
            if let heading = requirement.evidenceHeading {
                #expect(row.contains(heading))
            } else {
                let title = try #require(document.identity.first { $0.key == "judul" })
                if requirement.ruleId == "dokumen-identitas" {
                    #expect(row.contains("judul «\(title.value)» (baris \(title.position.line)"))
                }
                #expect(row.contains("Identitas: "), "\(requirement.ruleId) rests on the identity, quoted")
            }
        }
        #expect(!rows.contains { $0.contains("Metadata dokumen") })
    }

    @Test("a 100-document report opens with one summary table, folds each document and stays small")
    func scale() throws {
        let document = try Self.gap("judul: Rencana Uji\ninstansi: Kota Uji\njenis: rencana-induk", requirements: Self.draftRequirements())
        let documents = (1...100).map { number -> DocumentGap in
            var copy = document
            copy.path = "dokumen-\(number).md"
            copy.title = "Rencana Uji \(number)"
            return copy
        }
        let html = HTMLReportRenderer().render(GapReport(language: .id, documents: documents))
        let xml = try #require(XMLStructure.parse(html))
        let summary = try #require(xml.named("table").first)
        #expect(summary.attributes["class"] == "summary-all")
        #expect(xml.named("tr", inside: "table", class: "summary-all").count == 101)
        #expect(xml.named("details").count == 100 && xml.named("details").allSatisfy { $0.attributes["open"] == nil })
        #expect(xml.text.contains("Sama untuk semua dokumen: Instansi Kota Uji; Jenis dokumen Rencana Induk SPBE"))
        #expect(!xml.named("table").contains { $0.attributes["class"] == "comparison" }, "no 100-column table")
        #expect(html.utf8.count < 4_000_000, "\(html.utf8.count) bytes")
    }
}
