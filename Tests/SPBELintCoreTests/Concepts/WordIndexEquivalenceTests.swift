import Foundation
import Testing
@testable import SPBELintCore

/// The integer word index read straight from UTF-8 bytes gives the same words, offsets, clause
/// breaks and phrase answers as the String tokens (`WordTokenizer`) it replaced.
struct WordIndexEquivalenceTests {
    static let texts = [
        "Sistem Pemerintahan Berbasis Elektronik (SPBE) Kota Uji. Peraturan Presiden Nomor 95 Tahun 2018; lihat: Pasal 1.",
        "Tim Koordinasi; SPBE 2025-2029 (Kota) e-Government: v1.2 OPD.\nDaftar\tberikut",
        "Évaluasi “Teknologi Informasi dan Komunikasi” – Organisasi Perangkat Daerah! Apakah?  Ya.",
        "| 2025 | √ | ✓ | ✔ | ☑ | Dinas Komunikasi |\n| Undang-Undang ✓ Nomor 1 |",
        "Straße İstanbul ÇAĞRI naïve café 東京 emoji 😀 ok ﬁle x²",
        "UNDANG UNDANG undang-undang PERATURAN PEMERINTAH peraturan ✓ presiden",
        "", "   ", "a", "ABC", "é",
        "Electronic Based Government System and Information and Communication Technology.",
    ]

    @Test func spansHoldTheTokensOfTheirText() {
        for text in Self.texts {
            for lineBreaks in [false, true] {
                var index = WordIndex()
                index.append(text: text, lineBreaks: lineBreaks, section: 0, block: 0)
                let span = index.spans[0]
                let tokens = WordTokenizer.tokens(of: text, lineBreaks: lineBreaks)
                let range = Int(span.start)..<Int(span.end)
                #expect(index.wordIDs[range].map(index.word) == tokens.map(\.word), "\(text)")
                #expect(index.wordIDs[range].map(index.isMark) == tokens.map(\.isMark), "\(text)")
                #expect(WordIndex.wordOffsets(in: text, lineBreaks: lineBreaks) == tokens.map(\.offset), "\(text)")
                #expect(range.map { index.breaksBefore(Int32($0)) } == tokens.map(\.breakBefore), "\(text)")
                #expect(index.words(in: span) == tokens.filter { !$0.isMark }.map(\.word))
            }
        }
    }

    @Test func repeatedWordsShareOneID() {
        var index = WordIndex()
        index.append(text: "Data data DATA dAtA datang", lineBreaks: false, section: -1, block: 0)
        let ids = Array(index.wordIDs.prefix(5))
        #expect(Set(ids.prefix(4)).count == 1)
        #expect(ids[4] != ids[0])
        #expect(index.wordID(of: "data") == ids[0])
        #expect(index.wordID(of: "tidak") == nil)
    }

    /// Each section's words as the former String units held them: heading words, then "" and
    /// each block's words, check marks left out.
    static func units(of document: Document) -> [[String]] {
        func words(_ text: String, _ lineBreaks: Bool) -> [String] {
            WordTokenizer.tokens(of: text, lineBreaks: lineBreaks).filter { !$0.isMark }.map(\.word)
        }
        func blocks(_ blocks: [Block]) -> [String] {
            blocks.flatMap { [""] + words($0.text, $0.kind == .list || $0.kind == .table) }
        }
        return [blocks(document.preamble)] + document.sections.map { words($0.rawHeading, true) + blocks($0.blocks) }
    }

    @Test(arguments: ["kota-contoh-draf.md", "kabupaten-sukamaju-lengkap.xml", "perwali-kota-contoh-rencana-induk-spbe.md",
                      "kabupaten-sukamaju-peta-rencana.md"])
    func phraseQueriesMatchTheFormerUnits(_ name: String) throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        let units = Self.units(of: document)
        for (unit, words) in units.enumerated() {
            #expect(document.terms.wordCount(inSection: unit - 1) == words.filter { !$0.isEmpty }.count)
        }
        var phrases = Set<[String]>()
        for words in units {
            for length in 1...3 where words.count >= length {
                for start in stride(from: 0, through: words.count - length, by: 3) {
                    let phrase = Array(words[start..<(start + length)])
                    if !phrase.contains("") { phrases.insert(phrase) }
                }
            }
        }
        phrases.insert(["tidak", "ada", "di", "dokumen", "ini"])
        for phrase in phrases {
            let expected = units.indices.filter { TextFolding.contains(units[$0], phrase: phrase) }.map { $0 - 1 }
            #expect(document.terms.sections(containing: phrase) == expected, "\(phrase)")
            let scope = Set(expected.suffix(1))
            #expect(document.terms.contains(phrase, inSections: scope) == !expected.isEmpty)
            #expect(document.terms.contains(phrase, inSections: [Int.max]) == false)
        }
    }
}
