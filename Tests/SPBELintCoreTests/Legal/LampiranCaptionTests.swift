import Foundation
import Testing
@testable import SPBELintCore

/// The Lampiran's caption, written as lines after the signature block, is read as the Lampiran and
/// compared with the body's number and date.
@Suite("Lampiran caption")
struct LampiranCaptionTests {
    static let rules = try! RulePack.loadAll(from: Repository.rules).flatMap(\.rules)

    static func perwal(caption: String) -> String {
        """
        PERATURAN WALI KOTA MAJUJAYA NOMOR 12 TAHUN 2025 TENTANG RENCANA INDUK SPBE KOTA MAJUJAYA TAHUN 2025-2029

        ## Pasal 1

        Rencana Induk SPBE Kota Majujaya Tahun 2025-2029 tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Wali Kota ini.

        ## Pasal 2

        Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan.

        Ditetapkan di Majujaya
        pada tanggal 14 Februari 2025

        WALI KOTA MAJUJAYA,

        \(caption)

        # BAB I PENDAHULUAN

        Rencana Induk SPBE ini menjadi pedoman perangkat daerah.
        """
    }

    func findings(_ text: String) throws -> [Finding] {
        Linter(rules: Self.rules).lint(try MarkedDocument(text).parse(as: "perwal.md"))
    }

    @Test("a caption written as lines is the Lampiran the body refers to")
    func captionAsLines() throws {
        let text = Self.perwal(caption: "LAMPIRAN\nPERATURAN WALI KOTA MAJUJAYA\nNOMOR 12 TAHUN 2025\nTENTANG RENCANA INDUK SPBE")
        let document = try MarkedDocument(text).parse(as: "perwal.md")
        #expect(document.analysis.legalStructure.lampiran.count == 1)
        let found = try findings(text)
        #expect(!found.contains { $0.ruleId == "perkada-rujukan-lampiran" }, "\(found.map(\.ruleId))")
        #expect(!found.contains { $0.ruleId == "perkada-lampiran-judul" })
    }

    @Test("a caption with another number or date is a finding that quotes both")
    func mismatch() throws {
        let number = try findings(Self.perwal(caption: "LAMPIRAN PERATURAN WALI KOTA MAJUJAYA NOMOR 21 TAHUN 2025"))
            .filter { $0.ruleId == "perkada-lampiran-judul" }
        #expect(number.map(\.message.id) == ["Judul Lampiran menyebut NOMOR \"21 TAHUN 2025\", sedangkan batang tubuh menyebut \"12 Tahun 2025\"."])
        #expect(number.first?.severity == .error)
        let date = try findings(Self.perwal(caption: "LAMPIRAN : PERATURAN WALI KOTA MAJUJAYA\nTANGGAL : 4 FEBRUARI 2025\nNOMOR : 12 TAHUN 2025"))
            .filter { $0.ruleId == "perkada-lampiran-judul" }
        #expect(date.map(\.message.en) == ["The Lampiran's caption gives TANGGAL \"4 FEBRUARI 2025\", while the body gives \"14 Februari 2025\"."])
        let blank = try findings(Self.perwal(caption: "LAMPIRAN PERATURAN WALI KOTA MAJUJAYA NOMOR .... TAHUN 2025"))
        #expect(!blank.contains { $0.ruleId == "perkada-lampiran-judul" })
    }

    @Test("numbers compare without spaces and case, and by year when both give one")
    func sameNumber() {
        #expect(LampiranCaption.sameNumber("188.45/1589/ HK / 2019", "188.45/1589/HK/2019"))
        #expect(!LampiranCaption.sameNumber("188.45/1589/ HK / 2018", "188.45/1589/HK/2019"))
        #expect(LampiranCaption.sameNumber("81 TAHUN 2021", "81 Tahun 2021"))
        #expect(!LampiranCaption.sameNumber("81 TAHUN 2020", "81 Tahun 2021"))
        #expect(LampiranCaption.sameNumber("81", "81 Tahun 2021"))
    }
}
