import Foundation
import Testing
@testable import SPBELintCore

/// The byte-level scans that replaced Character work on large documents give the answers of the
/// code they replaced, on every line of the examples and (when present) the shared corpus.
struct ByteScanEquivalenceTests {
    /// Texts written to trip a byte reading: combining marks on digits and spaces, non-ASCII
    /// neighbours, CR LF, check marks, tabs.
    static let tricky = [
        "2025\u{301}-2029", "2025–2029", "2025\u{200D}2029", "a\u{301} 2026 \u{301}2027 x", "\u{600}2025 2026",
        "1. \u{301}menyediakan", "1.\tmenyediakan acuan", "2.1 - rencana", "1.2.3.Analisis", "12 menyediakan",
        "1. Menyediakan", "1.menyediakan", "1. ménage", "1.  :- abc", "1.", "1", "10. z", "1. é", "9 .a",
        "kata  kata   kata", " a b ", "a\u{301} b", "\r\n2025\r\n", "19999 2199 2200 1899 1900 0123 2024",
        "✓ 2025 ✓", "tahun 2025/2026 s.d. 2029", "ＡＢＣ 2025", "",
    ]

    /// Lines of the examples and of the shared corpus (plans and regulations) when it is there.
    static let lines: [String] = {
        var files: [URL] = []
        let manager = FileManager.default
        for folder in [Repository.examples, Repository.examples.appendingPathComponent("judged"),
                       Repository.sharedCorpus, Repository.sharedCorpus.deletingLastPathComponent().appendingPathComponent("plans")] {
            let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            files += names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") || $0.hasSuffix(".xml") }.sorted()
                .map { folder.appendingPathComponent($0) }
        }
        var result = tricky
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            result += text.split(separator: "\n", omittingEmptySubsequences: true).map { String($0).trimmedSpaces }
        }
        return result
    }()

    @Test func linesAreRead() {
        #expect(Self.lines.count > 1_000)
    }

    @Test func numberedProseIsNeverAHeading() {
        var rejected = 0
        for line in Self.lines {
            if PlainHeading.isNumberedProse(line) {
                rejected += 1
                #expect(PlainHeading(reading: line) == nil, "\(line.debugDescription)")
            }
            #expect(PlainHeading(line) == PlainHeading(reading: line), "\(line.debugDescription)")
        }
        #expect(rejected > 10)
    }

    @Test func yearsOfBytesAreTheYearsOfCharacters() {
        for line in Self.lines {
            #expect(Period.years(in: line) == Period.yearsOfCharacters(line), "\(line.debugDescription)")
        }
        #expect(Period.yearsOfBytes("2025\u{301}-2029") == nil)
        #expect(Period.years(in: "2025\u{301}-2029") == [2029])
        #expect(Period.yearsOfBytes("2025–2029") == nil)
        #expect(Period.years(in: "Tahun 2025-2029; 1899 dan 2200") == [2025, 2029])
    }

    @Test func spaceSeparatedCountIsTheSplitCount() {
        for line in Self.lines {
            #expect(RequiredTerms.spaceSeparatedCount(line) == line.split(separator: " ").count, "\(line.debugDescription)")
        }
    }

    @Test func cellTextIsTheJoinedText() {
        let position = SourcePosition(line: 1, column: 1)
        var rows: [[TableCell]] = []
        for (number, line) in Self.lines.enumerated() {
            let cells = line.split(separator: " ", omittingEmptySubsequences: false).prefix(number % 7)
                .map { TableCell(text: String($0), position: position) }
            rows.append(Array(cells))
            #expect(CellText.join(cells.count) { cells[$0].text } == cells.map(\.text).joined(separator: "\t"))
            #expect(CellText.join(cells.count, separator: 0x0A) { cells[$0].text } == cells.map(\.text).joined(separator: "\n"))
            if rows.count == 9 {
                let expected = rows.filter { !$0.isEmpty }.map { $0.map(\.text).joined(separator: "\t") }.joined(separator: "\n")
                #expect(CellText.rows(rows) == expected)
                rows.removeAll()
            }
        }
        #expect(CellText.rows([]) == "" && CellText.rows([[], []]) == "")
        #expect(CellText.rows([[TableCell(text: "", position: position)]]) == "")
    }

    @Test func headingTokensReadOnBytesAsOnCharacters() {
        var tokens = Set(["IV", "iv", "IV.", "(1)", "a.", "a)", "A", "1.2.", ".", "-", "–1", "1–", "MCMXC", "IVXLCIV", "Ⅳ",
                          "1\r\n", "b\u{301}.", "2025", "x.1", "3a", "(a)", "C.", "LI", ""])
        for line in Self.lines { tokens.formUnion(line.split(separator: " ").prefix(3).map(String.init)) }
        var ascii = 0
        for token in tokens {
            if HeadingText.asciiIsNumberToken(token) != nil { ascii += 1 }
            #expect(HeadingText.isNumberToken(token) == HeadingText.characterIsNumberToken(token), "\(token.debugDescription)")
        }
        #expect(ascii > 100)
        for line in Self.lines + [".Visi", " Visi", "–Visi", "a\u{301}", "\r\nx", ")", ""] {
            #expect(HeadingText.trimLeadingPunctuation(line) == HeadingText.characterTrimLeadingPunctuation(line),
                    "\(line.debugDescription)")
        }
    }

    @Test func placeholderFoldingOnBytes() {
        for line in Self.lines + [" TBD\t", "\u{0B}[Isi]\u{0C}\r\n", "  ", "Tbd ✓", "ＴＢＤ"] {
            let text = String(line.prefix(24))
            if let folded = Placeholder.asciiFolded(text) {
                #expect(folded == text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            }
        }
        #expect(Placeholder.asciiFolded(" TBD\t") == "tbd")
        #expect(Placeholder.asciiFolded("Tbd ✓") == nil)
    }

    /// The ASCII word reader before it read word slices: a byte array per word.
    static func formerASCIIWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: current.append(byte)
            case 0x41...0x5A: current.append(byte + 0x20)
            default:
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll() }
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    @Test func asciiWordsAreTheFormerWords() {
        var ascii = 0
        for line in Self.lines + ["ABC def GHI", "a", "A", "x1Y2 Z", "Sistem Pemerintahan Berbasis Elektronik"]
        where line.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii += 1
            #expect(TextFolding.words(of: line) == TextFolding.abbreviate(Self.formerASCIIWords(line)), "\(line.debugDescription)")
        }
        #expect(ascii > 500)
    }

    /// The search for "ditetapkan di" before it skipped ahead (Horspool).
    static func formerContainsDitetapkanDi(_ text: String) -> Bool {
        let bytes = Array(text.utf8), needle = Array("ditetapkan di".utf8)
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] | 0x20 == needle[0] {
            var matched = true
            for offset in 1..<needle.count {
                let byte = bytes[start + offset]
                if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != needle[offset] { matched = false; break }
            }
            if matched { return true }
        }
        return false
    }

    @Test func ditetapkanDiIsFoundAsBefore() {
        let extra = ["Ditetapkan di Kota", "DITETAPKAN DI", "ditetapkan  di", "xditetapkan dix", "ditetapkan d", "ditetapkan di",
                     "di ditetapkan di", "ditetapkanditetapkan di", "é ditetapkan di é", "ditetApkan Di", ""]
        var found = 0
        for text in Self.lines + extra {
            let expected = Self.formerContainsDitetapkanDi(text)
            if expected { found += 1 }
            #expect(IdentityReader.containsDitetapkanDi(text) == expected, "\(text.debugDescription)")
        }
        #expect(found > 5)
    }

    @Test func predicateNamesFoundAsByLowerCasedSearch() {
        let names = ["Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"]
        let needles = IndexPredicate.asciiNeedles(names)
        for text in Self.lines + ["baik", "BAI", "xBaIkx", "cukup.", ""] {
            let expected = !text.utf8.allSatisfy({ $0 < 0x80 }) || names.contains { text.lowercased().contains($0.lowercased()) }
            #expect(IndexPredicate.mayName(text, needles) == expected, "\(text.debugDescription)")
        }
    }

    /// Where the byte test says a predicate name is absent, the regular expression finds nothing.
    @Test func absentPredicateNamesLeaveTheRegularExpressionSilent() throws {
        let names = ["Sangat Memuaskan", "Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"]
        let pattern = try NSRegularExpression(
            pattern: "(?<![\\d.,])([0-5])[.,](\\d{2})(?![\\d])[^\\d\\n]{0,40}?\\b(\(names.joined(separator: "|")))\\b",
            options: [.caseInsensitive])
        let needles = IndexPredicate.asciiNeedles(names)
        #expect(needles != nil && IndexPredicate.asciiNeedles(["Bäik"]) == nil)
        let extra = ["Indeks 3,51 predikat SANGAT BAIK", "nilai 2.60 cukup", "nilai 2.60 Cukuplah", "3,00 ſangat", "4.20 baik."]
        for text in Self.lines + extra {
            let found = !pattern.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).isEmpty
            if found { #expect(IndexPredicate.mayName(text, needles), "\(text.debugDescription)") }
        }
        #expect(IndexPredicate.mayName("nilai 2.60 CUKUP", needles))
        #expect(!IndexPredicate.mayName("nilai 2.60 tanpa predikat", needles))
        #expect(IndexPredicate.mayName("nilai 2.60 é", needles))
    }

    /// Years and check marks as read before check marks were looked up only in non-ASCII text.
    @Test func yearsOrMarksAsBefore() {
        func former(_ text: String) -> Bool {
            if text.unicodeScalars.contains(where: { CheckMark.scalars.contains($0.value) }) { return true }
            let bytes = Array(text.utf8)
            func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
            var i = 0
            while i + 3 < bytes.count {
                if isDigit(i), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i - 1), !isDigit(i + 4) {
                    let century = (bytes[i] - 0x30) * 10 + (bytes[i + 1] - 0x30), decade = bytes[i + 2] - 0x30
                    if century == 20 || (century == 19 && decade >= 5) { return true }
                }
                i += 1
            }
            return false
        }
        var found = 0
        for text in Self.lines + ["✓", "√ ya", "☑", "✔", "tanpa", "é 2025", "1949 19500"] {
            if former(text) { found += 1 }
            #expect(Document.holdsYearOrMark(text) == former(text), "\(text.debugDescription)")
        }
        #expect(found > 50)
    }

    /// A span holds a flagged word id exactly when it holds one of the set's ids.
    @Test func wordMaskAnswersAsTheSet() throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent("kota-contoh-draf.md").path).get()
        let index = document.terms.words
        let words = Set(["akan", "dilengkapi", "spbe", "tbd", "isi", "tidak-ada"].compactMap(index.wordID(of:)))
        var mask = [Bool](repeating: false, count: index.table.count)
        for word in words { mask[Int(word)] = true }
        var holding = 0
        for span in index.spans {
            let expected = index.contains(anyOf: words, in: span)
            if expected { holding += 1 }
            #expect(index.contains(anyOf: mask, in: span) == expected)
        }
        #expect(holding > 10)
    }

    /// Sections by heading: folded-word ids answer as the former String comparison did.
    @Test(arguments: ["kota-contoh-draf.md", "kabupaten-sukamaju-lengkap.xml", "perwali-kota-contoh-rencana-induk-spbe.md",
                      "kabupaten-sukamaju-peta-rencana.md"])
    func headingMatchesCompareWordIDsAsStrings(_ name: String) throws {
        let document = try DocumentLoader().load(path: Repository.examples.appendingPathComponent(name).path).get()
        var phrases = Set<[String]>()
        for words in document.terms.headings {
            for length in 1...3 where words.count >= length {
                for start in 0...(words.count - length) { phrases.insert(Array(words[start..<(start + length)])) }
            }
        }
        #expect(phrases.count > 20)
        var lists = phrases.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }.map { PhraseList([$0.joined(separator: " ")]) }
        lists += [PhraseList(["tidak ada di dokumen"]), PhraseList(["évaluasi", "rencana induk"]), PhraseList(["peta rencana", "arsitektur"])]
        for list in lists {
            let wanted = list.patterns.compactMap { document.terms.words.ids(of: $0) }
            let former = document.sections.indices.filter { index in
                list.matchesExactly(document.terms.headings[index])
                    || wanted.contains { document.terms.words.heading(index, containsIDs: $0) }
            }
            #expect(document.headingMatches(list) == former, "\(list.phrases)")
        }
    }
}
