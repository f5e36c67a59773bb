import Testing
@testable import SPBELintCore

/// Each "said missing though present" pattern of the concepts issue, in a document of its shape.
struct FalseFindingPatternTests {
    @Test func olderPolicyVocabularyIsTheArahKebijakan() throws {
        let outcome = try ConceptFixture.evaluate("arah-kebijakan-spbe", """
            # BAB V RENCANA STRATEGIS

            ## 5.3 Kebijakan Pengembangan E-Government

            Pengembangan e-government diarahkan pada integrasi layanan, penguatan kelembagaan dan infrastruktur bersama.
            """)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.result.status == .met)
        #expect(outcome.result.evidenceExcerpt?.contains("Kebijakan Pengembangan") == true)
    }

    @Test func implementationStagesAreTheRoadmap() throws {
        let outcome = try ConceptFixture.evaluate("peta-rencana-spbe", """
            # BAB VI TAHAPAN IMPLEMENTASI

            | No | Program | 2025 | 2026 | 2027 | Pelaksana |
            |---|---|---|---|---|---|
            | 1 | Integrasi aplikasi kepegawaian | √ | √ | | Diskominfo |
            """)
        #expect(outcome.findings.isEmpty)
    }

    @Test func aBlueprintIsTheArchitecture() throws {
        let outcome = try ConceptFixture.evaluate("arsitektur-spbe", """
            # BAB VII CETAK BIRU E-GOVERNMENT

            Cetak biru menggambarkan aplikasi, sarana prasarana dan kelembagaan yang dituju pada akhir periode.
            """)
        #expect(outcome.findings.isEmpty)
    }

    @Test func anIctCouncilOrCioIsTheCoordinatingBody() throws {
        for body in ["Pemerintah Kota membentuk Dewan TIK yang dipimpin Sekretaris Daerah pada tahun 2025.",
                     "Fungsi CIO dijalankan oleh pejabat yang ditunjuk Wali Kota."] {
            let outcome = try ConceptFixture.evaluate("penyelenggara-tim-koordinasi", "# BAB II KELEMBAGAAN\n\n" + body + "\n")
            #expect(outcome.findings.isEmpty, "\(body)")
        }
    }

    @Test func aYearlyReviewCoversMidTermAndFinalYear() throws {
        let body = """
            # BAB VIII PENUTUP

            Dokumen ini wajib ditinjau ulang setiap tahun oleh Diskominfo bersama perangkat daerah.
            """
        #expect(try ConceptFixture.evaluate("arsitektur-reviu", body).findings.isEmpty)
        let roadmap = try ConceptFixture.evaluate("peta-rencana-reviu", body).findings
        #expect(!roadmap.contains { $0.message.id.contains("paruh waktu") || $0.message.id.contains("tahun terakhir") })
    }

    @Test func standardsStandForTheirManagementArea() throws {
        let outcome = try ConceptFixture.evaluate("manajemen-delapan-area", """
            # BAB VI MANAJEMEN

            | No | Program | Kebijakan |
            |---|---|---|
            | 1 | Pengamanan informasi | Penerapan ISO/IEC 27001 pada pusat data |
            | 2 | Standar layanan TIK | Penerapan ITIL pada layanan bantuan |
            """)
        let messages = outcome.findings.map(\.message.id)
        #expect(!messages.contains { $0.contains("keamanan informasi") })
        #expect(!messages.contains { $0.contains("manajemen layanan") })
        #expect(messages.contains { $0.contains("manajemen pengetahuan") })
    }

    @Test func resikoIsRisiko() throws {
        let outcome = try ConceptFixture.evaluate("manajemen-delapan-area", """
            # BAB VI MANAJEMEN RESIKO

            Pengelolaan resiko SPBE dilakukan setiap tahun oleh Inspektorat dan Diskominfo.
            """)
        #expect(!outcome.findings.contains { $0.message.id.contains("manajemen risiko") })
    }

    @Test func bssnNamedByItsFunction() throws {
        let outcome = try ConceptFixture.evaluate("keamanan-standar-bssn", """
            # BAB V ARSITEKTUR SPBE

            ## 5.6 Keamanan SPBE

            Keamanan SPBE mengikuti standar dari lembaga yang menyelenggarakan urusan pemerintahan di bidang keamanan siber.
            """)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.result.evidenceExcerpt?.contains("keamanan siber") == true)
    }

    @Test func aCitationWithExtraWordsStillCites() throws {
        let outcome = try ConceptFixture.evaluate("dasar-hukum-perpres-95", """
            # BAB I PENDAHULUAN

            ## 1.2 Dasar Hukum

            1. Peraturan Presiden Republik Indonesia Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik;
            """)
        #expect(outcome.findings.isEmpty)
    }

    @Test func aSiblingSectionThatTreatsTheSubjectMeetsAScopedRule() throws {
        let outcome = try ConceptFixture.evaluate("infrastruktur-pusat-data", """
            # BAB IV TATA KELOLA

            ## Bagian Keenam Data

            Penyimpanan data dilakukan di Pusat Data Pemerintah Kota.

            Pusat Data Pemerintah Kota dapat berupa Pusat Data Nasional atau pusat data milik daerah.

            ## Bagian Ketujuh Infrastruktur

            Infrastruktur terdiri atas jaringan intra dan sistem penghubung layanan.
            """)
        #expect(outcome.findings.isEmpty)
        #expect(outcome.result.status == .met)
        #expect(outcome.result.evidenceHeading == "Bagian Keenam Data")
    }

    @Test func administrativeServicesInASiblingHeading() throws {
        let outcome = try ConceptFixture.evaluate("layanan-administrasi-dan-publik", """
            # BAB VII CETAK BIRU APLIKASI

            ## A. Layanan Publik

            Aplikasi perizinan, pengaduan dan kependudukan untuk warga.

            ## B. Administrasi dan Manajemen

            Aplikasi persuratan, kepegawaian dan perencanaan untuk perangkat daerah.
            """)
        #expect(outcome.findings.isEmpty)
    }

    @Test func foundElsewhereIsAnInfoSayingWhere() throws {
        let outcome = try ConceptFixture.evaluate("keamanan-standar-bssn", """
            # BAB III GAMBARAN UMUM

            Kota telah menjalin kerja sama dengan BSSN sejak 2023.

            # BAB V ARSITEKTUR SPBE

            ## 5.6 Keamanan SPBE

            Keamanan SPBE meliputi penjaminan kerahasiaan, keutuhan dan ketersediaan data.
            """)
        #expect(outcome.findings.count == 1)
        #expect(outcome.findings.first?.severity == .info)
        let message = outcome.findings.first?.message.id ?? ""
        #expect(message.hasPrefix("Bagian \"Keamanan SPBE\" belum menyebut BSSN;"))
        #expect(message.contains("BSSN hanya ada di \"BAB III GAMBARAN UMUM\" (baris \(outcome.findings[0].position.line))"))
    }
}
