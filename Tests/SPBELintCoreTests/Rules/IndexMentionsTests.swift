import Testing
@testable import SPBELintCore

/// Which index a statement of a value is judged by: the one named last before it.
@Suite("Index mentions")
struct IndexMentionsTests {
    let phrases = [["indeks spbe", "spbe index"], ["indeks pemdi"]]

    @Test("the index named last before the value decides, in any case; a mention must end before the value")
    func lastBefore() {
        let text = "Indeks SPBE 2019 sebesar 2,45 (Baik); INDEKS PEMDI 2026 sebesar 4,05."
        let mentions = IndexMentions(text: text, phrases: phrases)
        let utf16 = Array(text.utf16)
        func offset(of value: String) -> Int {
            let needle = Array(value.utf16)
            return (0...(utf16.count - needle.count)).first { utf16[$0..<($0 + needle.count)].elementsEqual(needle) }!
        }
        #expect(mentions.framework(before: offset(of: "2,45")) == 0)
        #expect(mentions.framework(before: offset(of: "4,05")) == 1)
        #expect(mentions.framework(before: 5) == nil)
        #expect(IndexMentions(text: "nilai 3,10", phrases: phrases).framework(before: 6) == nil)
    }

    @Test("offsets are UTF-16 units, as NSRegularExpression gives them")
    func utf16Offsets() {
        let text = "“Indeks Pemdi” é 3,50 lalu indeks spbe 2,60"
        let mentions = IndexMentions(text: text, phrases: phrases)
        let utf16 = Array(text.utf16)
        let first = (0..<utf16.count).first { utf16[$0] == 0x33 }!
        #expect(mentions.framework(before: first) == 1)
        #expect(mentions.framework(before: utf16.count) == 0)
    }
}
