import Foundation
import Testing
@testable import SPBELintCore

/// Every finding claims only what the law says: tiers as data, the loader's gate, variants by
/// profile and kind, and instruments that did not yet exist at the document's date.
@Suite("Legal force")
struct LegalForceTests {
    static let rules = try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules)

    func lint(_ text: String, name: String = "dokumen.md") throws -> (findings: [Finding], coverage: DocumentCoverage) {
        let document = try MarkedDocument(text).parse(as: name)
        return Linter(rules: Self.rules).evaluate(document)
    }

    @Test("every shipped rule.yml declares its basis, and each tier has its default severity")
    func tiers() throws {
        for rule in Self.rules {
            let file = try #require(rule.folder?.appendingPathComponent("rule.yml"))
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("\nbasis: "), "\(rule.id) does not declare basis")
            #expect(rule.severity == rule.basis.defaultSeverity, "\(rule.id): \(rule.severity) for \(rule.basis)")
            for variant in rule.variants {
                #expect(variant.severity == variant.basis.defaultSeverity, "\(rule.id) variant")
            }
            if rule.severity == .error || rule.variants.contains(where: { $0.severity == .error }) {
                let citations = rule.variants.first { $0.severity == .error }?.citations ?? rule.citations
                #expect(citations.contains { $0.confidence == .confirmed }, "\(rule.id): an error needs a confirmed citation")
            }
        }
        #expect(LegalBasis.kewajiban.defaultSeverity == .error)
        #expect(LegalBasis.kriteriaEvaluasi.defaultSeverity == .warning)
        #expect(LegalBasis.praktikBaik.defaultSeverity == .info)
    }

    @Test("no shipped citation names an article range it could not confirm")
    func noUnconfirmedRanges() {
        for rule in Self.rules {
            for citation in rule.citations + rule.variants.flatMap({ $0.citations ?? [] }) {
                let isRange = citation.article.range(of: #"Pasal \d+-\d+"#, options: .regularExpression) != nil
                #expect(!(isRange && citation.confidence == .unconfirmed), "\(rule.id): \(citation.article)")
                #expect(!citation.article.contains("13-18"), "\(rule.id): Pasal 13-18 is not a citation")
            }
        }
    }

    func loadError(_ yaml: String) throws -> RuleLoadError? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-gate-\(UUID().uuidString)/aturan-uji")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("rule.yml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try RuleLoader.load(file, pack: "uji")
            return nil
        } catch {
            return error
        }
    }

    func rule(severity: String, basis: String?, confidence: String, extra: String = "") -> String {
        """
        id: aturan-uji
        kind: required-section
        severity: \(severity)
        \(basis.map { "basis: \($0)" } ?? "area: visi-misi")
        \(basis == nil ? "" : "area: visi-misi")
        citations:
          - { instrument: Perpres 95/2018, article: Pasal 19 ayat (2), confidence: \(confidence) }
        message: { id: Tidak ada., en: Missing. }
        \(extra)
        options:
          headings: [visi]
        """
    }

    @Test("the loader refuses an error that is not a kewajiban with a confirmed citation, at file:line:col")
    func gate() throws {
        #expect(try loadError(rule(severity: "error", basis: "kewajiban", confidence: "confirmed")) == nil)
        let practice = try #require(try loadError(rule(severity: "error", basis: "praktik-baik", confidence: "confirmed")))
        #expect(practice.line == 4 && practice.column == 8)
        #expect(practice.message.contains("needs basis 'kewajiban'"))
        let secondary = try #require(try loadError(rule(severity: "error", basis: "kewajiban", confidence: "secondary")))
        #expect(secondary.message.contains("confirmed"))
        #expect(secondary.file.hasSuffix("aturan-uji/rule.yml"))
        let derived = try #require(try loadError(rule(severity: "error", basis: nil, confidence: "unconfirmed")))
        #expect(derived.line == 3, "without basis the severity is blamed")
        let variant = "variants:\n  - { profiles: [nasional], severity: error, basis: kriteria-evaluasi }"
        let badVariant = try #require(try loadError(rule(severity: "info", basis: "praktik-baik", confidence: "confirmed", extra: variant)))
        #expect(badVariant.line == 10 && badVariant.message.contains("kewajiban"))
        let requires = try #require(try loadError(rule(severity: "info", basis: "praktik-baik", confidence: "confirmed",
                                                       extra: "requires: [perpres-999-2030]")))
        #expect(requires.line == 9 && requires.message.contains("unknown instrument 'perpres-999-2030'"))
    }

    static let nationalPlan = """
        ---
        judul: Rencana Induk SPBE Nasional Tahun 2026-2045
        jenis: rencana-induk
        instansi: Kementerian PPN/Bappenas
        tingkat: nasional
        periode: 2026-2045
        ---

        # BAB I PENDAHULUAN

        Rencana Induk SPBE Nasional memberikan arah SPBE nasional yang terpadu dan berkesinambungan.

        # BAB II PETA RENCANA STRATEGIS

        Peta rencana strategis SPBE nasional disusun per lima tahun.
        """

    @Test("visi, misi, tujuan, sasaran, arah kebijakan and strategi are errors for the national plan only")
    func national() throws {
        let national = try lint(Self.nationalPlan).findings
        let ids = ["visi-misi-spbe", "tujuan-sasaran-spbe", "arah-kebijakan-spbe", "strategi-spbe"]
        for id in ids {
            let finding = try #require(national.first { $0.ruleId == id }, "\(id)")
            #expect(finding.severity == .error && finding.basis == .kewajiban)
        }
        let regional = try lint(Self.nationalPlan.replacingOccurrences(of: "tingkat: nasional", with: "tingkat: kota")).findings
        for id in ids {
            let finding = try #require(regional.first { $0.ruleId == id }, "\(id)")
            #expect(finding.severity == .info && finding.basis == .praktikBaik)
        }
        let unknown = try lint(Self.nationalPlan.replacingOccurrences(of: "tingkat: nasional\n", with: "")).findings
        #expect(!unknown.contains { $0.severity == .error && ids.contains($0.ruleId) }, "the national tier needs a known profile")
        #expect(!unknown.contains { $0.ruleId == "dokumen-periode-nasional" }, "national-only rules need a known national profile")
    }

    @Test("the regional examples give no error that is not a kewajiban with a confirmed citation")
    func regionalExamples() throws {
        for name in ["kota-contoh-draf.md", "kabupaten-sukamaju-lengkap.xml", "kabupaten-sukamaju-peta-rencana.md",
                     "kota-contoh-arsitektur-spbe.md", "perwali-kota-contoh-rencana-induk-spbe.md", "perwali-kota-contoh-draf-bermasalah.md",
                     "kementerian-contoh-rencana-induk.md"] {
            let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
            for finding in Linter(rules: Self.rules).lint(document) where finding.severity == .error {
                #expect(finding.basis == .kewajiban, "\(name): \(finding.ruleId)")
                #expect(finding.citations.contains { $0.confidence == .confirmed }, "\(name): \(finding.ruleId)")
            }
        }
    }

    static let plan2019 = """
        ---
        judul: Rencana Induk SPBE Kabupaten Contoh Tahun 2019-2023
        jenis: rencana-induk
        instansi: Pemerintah Kabupaten Contoh
        tingkat: kabupaten
        periode: 2019-2023
        status: ditetapkan
        penetapan: Peraturan Bupati Contoh Nomor 41 Tahun 2019
        tanggal-penetapan: 2019-10-02
        ---

        # BAB I PENDAHULUAN

        ## 1.1 Dasar Hukum

        1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
        2. Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
        3. Peraturan Daerah Kabupaten Contoh tentang RPJMD Tahun 2016-2021.

        # BAB II KEAMANAN SPBE

        Keamanan SPBE mencakup keamanan data, aplikasi dan infrastruktur.

        # BAB III AUDIT TIK

        Audit TIK dilaksanakan atas infrastruktur, aplikasi dan keamanan SPBE.
        """

    @Test("a 2019 plan is not asked to cite or follow a 2020+ instrument, and coverage says why")
    func dated2019() throws {
        let (findings, coverage) = try lint(Self.plan2019)
        let late = ["dasar-hukum-perpres-132", "dasar-hukum-evaluasi", "keamanan-standar-bssn", "audit-tik-frekuensi",
                    "audit-tik-lembaga-terakreditasi", "arsitektur-keselarasan-nasional"]
        #expect(!findings.contains { late.contains($0.ruleId) }, "\(findings.map(\.ruleId))")
        let perpres132 = try #require(coverage.requirements.first { $0.ruleId == "dasar-hukum-perpres-132" })
        #expect(perpres132.status == .notApplicable)
        #expect(perpres132.reason?.id == "Dokumen ditetapkan 2 Oktober 2019, sebelum Perpres 132/2022 berlaku (20 Desember 2022).")
        #expect(perpres132.reason?.en == "The document was enacted on 2 October 2019, before Perpres 132/2022 came into force (20 December 2022).")

        let later = try lint(Self.plan2019.replacingOccurrences(of: "tanggal-penetapan: 2019-10-02", with: "tanggal-penetapan: 2023-03-01"))
        #expect(later.findings.contains { $0.ruleId == "dasar-hukum-perpres-132" })
        #expect(later.findings.contains { $0.ruleId == "dasar-hukum-evaluasi" })

        // Without an enactment date, an instrument of the plan's period applies on a condition, as info.
        let byPeriod = try lint(Self.plan2019.replacingOccurrences(of: "tanggal-penetapan: 2019-10-02\n", with: ""))
        let conditional = try #require(byPeriod.findings.first { $0.ruleId == "dasar-hukum-evaluasi" })
        #expect(conditional.severity == .info)
        #expect(conditional.message.id.hasSuffix("Tanggal penetapan tidak tertulis dan Permenpan RB 59/2020 mulai berlaku "
                                                 + "1 Januari 2021, di tengah periode 2019-2023: berlaku bila dokumen "
                                                 + "ditetapkan atau ditinjau sesudahnya."))
        let ended = try lint(Self.plan2019.replacingOccurrences(of: "tanggal-penetapan: 2019-10-02\n", with: "")
            .replacingOccurrences(of: "periode: 2019-2023", with: "periode: 2016-2020"))
        let reason = ended.coverage.requirements.first { $0.ruleId == "dasar-hukum-perpres-132" }?.reason
        #expect(reason?.id == "Tanggal penetapan tidak tertulis dan periode dokumen 2016-2020 hampir atau sudah berakhir saat "
                + "Perpres 132/2022 berlaku (20 Desember 2022).")
    }

    @Test("each index statement is judged by its own framework")
    func indexFrameworks() throws {
        func predicateFindings(_ sentence: String, period: String = "2027-2031") throws -> [Finding] {
            let text = "---\njudul: Rencana Induk SPBE Kota Contoh\njenis: rencana-induk\ntingkat: kota\nperiode: \(period)\n---\n\n# BAB II KONDISI\n\n\(sentence)\n"
            return try lint(text).findings.filter { $0.ruleId == "pemantauan-predikat-indeks" }
        }
        #expect(try predicateFindings("Indeks Pemdi Kota Contoh tahun 2026 adalah 4,05 (Memuaskan).").isEmpty)
        let spbe = try predicateFindings("Indeks SPBE Kota Contoh tahun 2023 adalah 2,40 (Baik).")
        #expect(spbe.count == 1)
        #expect(spbe.first?.message.id == "Indeks SPBE 2,40 berpredikat Cukup menurut Permenpan RB 59/2020, bukan Baik.")
        #expect(spbe.first?.message.en == "SPBE Index 2.40 is rated Cukup under Permenpan RB 59/2020, not Baik.")
        #expect(spbe.first?.severity == .warning && spbe.first?.basis == .kriteriaEvaluasi)
        #expect(try predicateFindings("Indeks 4,05 (Memuaskan).", period: "2027-2031").isEmpty, "unnamed: the framework of the document's date")
        #expect(try predicateFindings("Indeks 4,05 (Memuaskan).", period: "2024-2028").count == 1)
    }

    @Test("the tier reads in words in text output and SARIF")
    func words() {
        let citation = Citation(instrument: "Perpres 95/2018", article: "Pasal 19 ayat (2)", confidence: .confirmed)
        #expect(LegalForceText.render(basis: .kewajiban, citations: [citation], language: .id)
                == "kewajiban menurut Perpres 95/2018 Pasal 19 ayat (2)")
        #expect(LegalForceText.render(basis: .kewajiban, citations: [citation], language: .en)
                == "obligation under Perpres 95/2018 Pasal 19 ayat (2)")
        #expect(LegalForceText.render(basis: .praktikBaik, citations: [], language: .id) == "praktik baik")
    }
}
