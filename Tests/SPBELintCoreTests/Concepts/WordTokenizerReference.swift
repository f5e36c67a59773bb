import Foundation
@testable import SPBELintCore

/// One word of a text: folded, with where it starts and whether a clause ends before it.
struct WordToken: Sendable, Hashable {
    /// Lower-case, diacritics folded; long forms abbreviated ("spbe"); "✓" for a check mark.
    var word: String
    /// UTF-8 offset of the word's first character in the text.
    var offset: Int32
    /// A sentence end, ";", ":", a table cell or a list item lies between this word and the previous.
    var breakBefore: Bool
    /// A check mark (√, ✓, ✔, ☑): a planned-year cell of a flattened roadmap table, not a word.
    var isMark: Bool
}

/// Splits text into the same words as `TextFolding.words`, keeping offsets, clause breaks and
/// check marks, as Strings: the reference the word index's byte scanner (`WordIndex+Scanning`) is
/// tested against (the index used these tokens before it read bytes).
enum WordTokenizer {
    static let checkMarks = CheckMark.scalars

    /// Tokens of `text`; `lineBreaks` makes a newline a clause break (list items, table rows).
    static func tokens(of text: String, lineBreaks: Bool) -> [WordToken] {
        if TextFolding.isASCII(text) { return abbreviate(asciiTokens(of: text, lineBreaks: lineBreaks)) }
        var tokens: [WordToken] = []
        var current = String.UnicodeScalarView()
        var start: Int32 = 0
        var offset: Int32 = 0
        var pendingBreak = false
        var sentenceEnd = false
        var ascii = true
        func flush() {
            guard !current.isEmpty else { return }
            let raw = String(current)
            tokens.append(WordToken(word: ascii ? raw.lowercased() : TextFolding.fold(raw), offset: start,
                                    breakBefore: pendingBreak, isMark: false))
            pendingBreak = false
            current = String.UnicodeScalarView()
            ascii = true
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let width = Int32(UTF8.width(scalar))
            if TextFolding.isWordScalar(scalar) {
                sentenceEnd = false
                if current.isEmpty { start = offset }
                if value >= 0x80 { ascii = false }
                current.append(scalar)
            } else {
                flush()
                switch value {
                case 0x3B, 0x3A, 0x09: pendingBreak = true; sentenceEnd = false           // ; : tab
                case 0x0A, 0x0D:
                    if lineBreaks { pendingBreak = true }
                    if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                case 0x2E, 0x21, 0x3F: sentenceEnd = true                                 // . ! ?
                case 0x20: if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                default:
                    sentenceEnd = false
                    if checkMarks.contains(value) {
                        tokens.append(WordToken(word: "✓", offset: offset, breakBefore: pendingBreak, isMark: true))
                        pendingBreak = false
                    }
                }
            }
            offset += width
        }
        flush()
        return abbreviate(tokens)
    }

    /// The same tokens for ASCII text, read straight from the UTF-8 bytes.
    private static func asciiTokens(of text: String, lineBreaks: Bool) -> [WordToken] {
        var tokens: [WordToken] = []
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var start: Int32 = 0, offset: Int32 = 0
        var pendingBreak = false, sentenceEnd = false
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A:
                sentenceEnd = false
                if current.isEmpty { start = offset }
                current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            default:
                if !current.isEmpty {
                    tokens.append(WordToken(word: String(decoding: current, as: UTF8.self), offset: start,
                                            breakBefore: pendingBreak, isMark: false))
                    pendingBreak = false
                    current.removeAll(keepingCapacity: true)
                }
                switch byte {
                case 0x3B, 0x3A, 0x09: pendingBreak = true; sentenceEnd = false
                case 0x0A, 0x0D:
                    if lineBreaks { pendingBreak = true }
                    if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                case 0x2E, 0x21, 0x3F: sentenceEnd = true
                case 0x20: if sentenceEnd { pendingBreak = true; sentenceEnd = false }
                default: sentenceEnd = false
                }
            }
            offset += 1
        }
        if !current.isEmpty {
            tokens.append(WordToken(word: String(decoding: current, as: UTF8.self), offset: start,
                                    breakBefore: pendingBreak, isMark: false))
        }
        return tokens
    }

    /// Replaces long forms by their abbreviation, as `TextFolding.abbreviate` does for plain words.
    static func abbreviate(_ tokens: [WordToken]) -> [WordToken] {
        TextFolding.abbreviate(tokens, word: \.word, replacing: { token, short in
            var token = token
            token.word = short
            return token
        })
    }
}
