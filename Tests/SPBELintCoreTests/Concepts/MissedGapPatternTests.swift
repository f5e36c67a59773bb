import Testing
@testable import SPBELintCore

/// Each "said met though absent" pattern of the concepts issue, in a document of its shape.
struct MissedGapPatternTests {
    @Test func anAuditMentionedInPassingIsNotPlanned() throws {
        let outcome = try ConceptFixture.evaluate("peta-rencana-audit-tik", """
            # BAB VI PETA RENCANA SPBE

            Peta rencana ini memperhatikan catatan audit TIK yang pernah dilakukan inspektorat.

            | No | Program | 2025 | 2026 | OPD |
            |---|---|---|---|---|
            | 1 | Integrasi layanan perizinan | √ | √ | DPMPTSP |
            """)
        #expect(outcome.result.status == .notMet)
        #expect(outcome.findings.count == 1)
        #expect(outcome.findings.first?.severity == .info)
        #expect(outcome.findings.first?.message.id.contains("hanya disebut") == true)
    }

    @Test func aPlannedAuditRowMeetsIt() throws {
        let outcome = try ConceptFixture.evaluate("peta-rencana-audit-tik", """
            # BAB VI PETA RENCANA SPBE

            | No | Program | 2025 | 2026 | OPD |
            |---|---|---|---|---|
            | 1 | Audit keamanan aplikasi layanan publik | √ | √ | Inspektorat |
            """)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.result.evidenceExcerpt?.contains("Audit keamanan") == true)
    }

    @Test func budgetAndAnnualPlanNamedApartAreNotTied() throws {
        let outcome = try ConceptFixture.evaluate("rencana-anggaran-spbe", """
            # BAB I PENDAHULUAN

            Keterbatasan anggaran menjadi tantangan utama.

            # BAB IV PROGRAM

            Program disusun oleh setiap perangkat daerah dalam rencana kerja masing-masing.
            """)
        #expect(outcome.findings.count == 1)
        #expect(outcome.findings.first?.message.id.contains("hanya disebut terpisah") == true)
    }

    @Test func budgetTiedToTheRegionalBudgetInOneSentenceMeetsIt() throws {
        let outcome = try ConceptFixture.evaluate("rencana-anggaran-spbe", """
            # BAB VII PENDANAAN

            Pendanaan program SPBE dianggarkan setiap tahun melalui APBD dan dituangkan dalam RKPD.
            """)
        #expect(outcome.findings.isEmpty)
    }

    @Test func managementAreasListedOnlyAsPoliciesToWriteAreNotDescribed() throws {
        let outcome = try ConceptFixture.evaluate("manajemen-delapan-area", """
            # BAB VI KEBIJAKAN INTERNAL

            Kebijakan internal yang akan disusun:

            - manajemen risiko;
            - manajemen keamanan informasi;
            - manajemen data;
            - manajemen aset TIK;
            - manajemen sumber daya manusia;
            - manajemen pengetahuan;
            - manajemen perubahan;
            - manajemen layanan.
            """)
        #expect(outcome.result.status == .notMet)
        #expect(outcome.findings.count == 8)
        #expect(outcome.findings.allSatisfy { $0.severity == .info && $0.message.id.contains("butir daftar") })
    }

    @Test func managementAreasEachDescribedMeetIt() throws {
        let areas = ["manajemen risiko", "manajemen keamanan informasi", "manajemen data", "manajemen aset TIK",
                     "manajemen sumber daya manusia", "manajemen pengetahuan", "manajemen perubahan", "manajemen layanan"]
        let body = "# BAB VI MANAJEMEN SPBE\n\n" + areas.enumerated().map { index, area in
            "## 6.\(index + 1) \(area.prefix(1).uppercased() + area.dropFirst())\n\nPenerapan \(area) dimulai pada 2026 oleh Diskominfo dengan pedoman dan pelatihan.\n"
        }.joined(separator: "\n")
        let outcome = try ConceptFixture.evaluate("manajemen-delapan-area", body)
        #expect(outcome.findings.isEmpty)
    }
}
