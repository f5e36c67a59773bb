/// Recognises placeholder text left in drafts ("TBD", "[isi]", "...", "lorem ipsum", "akan dilengkapi").
public enum Placeholder {
    static let wholeBlock: Set<String> = ["tbd", "tba", "todo", "...", "…", "-", "–", "isi", "[isi]", "xxx",
                                          "(isi)", "n/a", "belum ada", "kosong"]
    /// Placeholder phrases as folded words, matched against a block's words.
    static let phrases = PhraseList(["lorem ipsum", "akan dilengkapi", "akan diisi", "to be completed",
                                     "to be determined", "tbd"])

    /// Whether a block's whole text is a placeholder or it contains a placeholder phrase.
    public static func isPlaceholder(_ text: String) -> Bool {
        isPlaceholder(text, words: TextFolding.words(of: text))
    }

    /// `text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)` for ASCII text, on its
    /// bytes (the ASCII white space is tab to carriage return and space); nil for other text.
    static func asciiFolded(_ text: String) -> String? {
        let bytes = text.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
              let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(decoding: bytes[first...last].map(\.asciiLowercased), as: UTF8.self)
    }

    /// The same test for a text whose folded words are already known.
    static func isPlaceholder(_ text: String, words: [String]) -> Bool {
        if text.utf8.count <= 24 {
            let folded = asciiFolded(text) ?? text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
            if wholeBlock.contains(folded) { return true }
        }
        if text.containsByte(UInt8(ascii: "[")), text.lowercased().contains("[isi") { return true }
        return phrases.matches(words)
    }
}

import Foundation
