import Testing
@testable import SPBELintCore

/// Matching on the integer word index: affixes, inserted words, clause breaks.
struct WordIndexTests {
    func hits(_ phrase: String, in text: String) throws -> Int {
        let document = try ConceptFixture.document("# Uji\n\n" + text + "\n")
        return document.hits(of: PhraseList([phrase])).count
    }

    @Test func affixedFormsMeetTheirRoot() throws {
        #expect(try hits("rencana", in: "Perencanaan disusun bersama.") == 1)
        #expect(try hits("kelola data", in: "Data dikelola terpusat.") == 0)
        #expect(try hits("pengelolaan data", in: "Mereka mengelola data kependudukan.") == 1)
    }

    @Test func longPhrasesAllowTwoInsertedWords() throws {
        #expect(try hits("perpres nomor 95 tahun 2018", in: "Peraturan Presiden Republik Indonesia Nomor 95 Tahun 2018") == 1)
        #expect(try hits("perpres nomor 95 tahun 2018", in: "Peraturan Presiden yang sudah lama berlaku Nomor 95 Tahun 2018") == 0)
    }

    @Test func twoWordTermsMustBeAdjacent() throws {
        #expect(try hits("pusat data", in: "pusat pengolahan data") == 0)
        #expect(try hits("pusat data", in: "Pusat Data kota") == 1)
    }

    @Test func phrasesDoNotCrossASentenceOrCell() throws {
        #expect(try hits("audit tik", in: "Hasil audit. TIK menjadi prioritas.") == 0)
        #expect(try hits("audit tik", in: "| a | b |\n|---|---|\n| audit | TIK |") == 0)
        #expect(try hits("audit tik", in: "Versi 1.2 audit TIK.") == 1)
    }

    @Test func spansStayTheFoldedWordsOfTheText() throws {
        let document = try ConceptFixture.document("# Bab Satu\n\nSistem Pemerintahan Berbasis Elektronik √ Kota.\n")
        let index = document.terms.words
        let last = Int32(document.sections.count - 1)
        let spans = index.spans.filter { $0.section == last }.map(index.words(in:))
        #expect(spans == [TextFolding.words(of: "Bab Satu"), TextFolding.words(of: "Sistem Pemerintahan Berbasis Elektronik √ Kota.")])
        #expect(document.terms.wordCount(inSection: Int(last)) == 4)
        let ascii = "Tim Koordinasi; SPBE 2025-2029 (Kota) e-Government: v1.2 OPD."
        #expect(WordTokenizer.tokens(of: ascii, lineBreaks: false).map(\.word) == TextFolding.words(of: ascii))
        #expect(WordTokenizer.tokens(of: ascii + " é", lineBreaks: false).map(\.word) == TextFolding.words(of: ascii + " é"))
    }
}
