import Foundation
import Testing
@testable import SPBELintCore

/// Inputs shaped to break a naive parser: nesting deeper than any stack, a heading of megabytes.
@Suite("Deep and huge inputs")
struct HostileShapeTests {
    @Test("an 80,000-deep nested list is read without recursion (it overflowed the stack before)")
    func deeplyNestedList() throws {
        let depth = 80_000
        let text = "# Judul\n\n" + String(repeating: "- ", count: depth) + "isi terdalam\n"
        let document = try MarkdownDocumentParser().parse(text: text, path: "dalam.md")
        let list = try #require(document.sections.first?.blocks.first)
        #expect(list.kind == .list)
        #expect(list.items.count == 1)
        #expect(list.text.hasSuffix("isi terdalam"))
    }

    @Test("a deeply nested block quote inside a table-free document keeps its text")
    func deeplyNestedQuote() throws {
        let text = "# Judul\n\n" + String(repeating: ">", count: 50_000) + " kutipan\n"
        let document = try MarkdownDocumentParser().parse(text: text, path: "kutip.md")
        #expect(document.sections.first?.blocks.first?.text == "kutipan")
    }

    @Test("a 4 MB heading line is split on its first words; its title keeps every word once")
    func hugeHeading() throws {
        let words = ["arsitektur", "spbe", "layanan", "data"]
        let body = (0..<400_000).map { words[$0 % words.count] }.joined(separator: " ")
        let split = HeadingText.split("BAB IV  " + body)
        #expect(split.numbering == "BAB IV")
        #expect(split.title.utf8.count == body.utf8.count)
        #expect(split.title.hasPrefix("arsitektur spbe layanan data"))
        let document = try MarkdownDocumentParser().parse(text: "# BAB IV " + body + "\n\nIsi.\n", path: "judul.md")
        #expect(document.sections.first?.numbering == "BAB IV")
    }

    @Test("splitting a heading gives what splitting every word gave", arguments: [
        "BAB IV ARSITEKTUR SPBE", "  BAB  IV   ARSITEKTUR    SPBE  ", "4.2. Visi", "4.2.  Visi  dan   Misi",
        "Pasal 5", "Pasal 5A", "BAB", "Bab kesatu Umum", "Bagian Kedua - Tujuan", "a. Huruf", "(1) Ayat satu",
        "LAMPIRAN I", "Lampiran", "IV. Penutup", "Arsitektur SPBE", "", "   ", "\tBAB\tIV Judul\t", "BAB IV: — Judul",
        "Chapter 3 Scope", "1 ", "1. ", "BAB IV.", "CHAPTER X – Keamanan Informasi", "é. Huruf", "Bab ⅠV Judul",
    ])
    func splitMatchesWordByWordSplit(heading: String) {
        let split = HeadingText.split(heading)
        let reference = Self.wordByWordSplit(heading)
        #expect(split.numbering == reference.numbering)
        #expect(split.title == reference.title)
    }

    @Test("trimming numbering punctuation trims what Foundation trimmed", arguments: [
        "IV.", "(1)", "—5—", "4.2.", "", "...", "a)", "–IV–", "(.)", "5A:", "é.", "-\u{301}x-",
    ])
    func trimPunctuation(token: String) {
        #expect(HeadingText.trimPunctuation(token) == token.trimmingCharacters(in: CharacterSet(charactersIn: ".:)(-–—")))
    }

    /// The former implementation, which split the whole heading into words first.
    static func wordByWordSplit(_ heading: String) -> (numbering: String?, title: String) {
        let trimmed = heading.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first else { return (nil, trimmed) }
        if ["BAB", "BAGIAN", "PARAGRAF", "PASAL", "LAMPIRAN", "CHAPTER", "SECTION", "ARTICLE"].contains(first.uppercased()),
           words.count >= 2, HeadingText.isNumberToken(words[1]) || HeadingText.isOrdinalWord(words[1]) {
            let numbering = "\(first) \(HeadingText.trimPunctuation(words[1]))"
            let title = HeadingText.trimLeadingPunctuation(words.dropFirst(2).joined(separator: " "))
            return (numbering, title.isEmpty ? numbering : title)
        }
        if HeadingText.isNumberToken(first) && words.count >= 2 {
            return (HeadingText.trimPunctuation(first), HeadingText.trimLeadingPunctuation(words.dropFirst().joined(separator: " ")))
        }
        return (nil, trimmed)
    }
}
