import Foundation

/// Finds tokens shaped like architecture reference codes in text, scanning its UTF-8 bytes once.
///
/// A token is `RA` and a capital letter, then digits (optionally after `.` or `-`), then any
/// number of `.`/`-` and digits, standing as a word of its own: the regular expression
/// `\bRA[A-Z](?:[.\-]?[0-9]+)(?:[.\-][0-9]+)*\b`, without compiling or bridging anything per text.
enum ReferenceCodeScanner {
    /// The code-shaped tokens of `text`, in order.
    static func codes(in text: String) -> [String] {
        var result: [String] = []
        var copy = text
        copy.withUTF8 { bytes in
            var index = 0
            let count = bytes.count
            guard let base = bytes.baseAddress else { return }
            while index + 3 < count {
                // The next "R" (memchr), else no code is left.
                guard let found = memchr(base + index, Int32(UInt8(ascii: "R")), count - 3 - index) else { break }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard bytes[index + 1] == UInt8(ascii: "A"),
                      isCapital(bytes[index + 2]), !isWordCharacter(before: index, in: bytes),
                      let end = codeEnd(from: index + 3, in: bytes) else {
                    index += 1
                    continue
                }
                result.append(String(decoding: bytes[index..<end], as: UTF8.self))
                index = end
            }
        }
        return result
    }

    /// Where a code whose digits start at `start` ends, or nil when no digits follow or the code
    /// does not end at a word boundary.
    private static func codeEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = start
        // The first separator may also be a space: Perpres 132/2022 writes "RAA 01.01".
        if index < bytes.count, isSeparator(bytes[index]) || bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard let firstEnd = digitsEnd(from: index, in: bytes) else { return nil }
        var ends = [firstEnd]
        index = firstEnd
        while index < bytes.count, isSeparator(bytes[index]), let next = digitsEnd(from: index + 1, in: bytes) {
            ends.append(next)
            index = next
        }
        // The longest candidate ending at a word boundary, as the regular expression backtracks.
        return ends.reversed().first { isBoundaryAfterWord(at: $0, in: bytes) }
    }

    private static func digitsEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = start
        while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
        return index > start ? index : nil
    }

    private static func isCapital(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") }

    /// Whether a word boundary follows a word character at `index`, as ICU decides it: the end of
    /// the text or a character that is not a word character; never before a combining mark or a
    /// format character, which belong to the character before them.
    private static func isBoundaryAfterWord(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return true }
        let byte = bytes[index]
        if byte < 0x80 { return !isASCIIWord(byte) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = scalar(bytes[index..<end]), !isExtendOrFormat(scalar) else { return false }
        return !isWordScalar(scalar)
    }

    /// Whether the last character before `index` that is not a combining mark or a format
    /// character is a word character (letter, mark, digit, `_`), as ICU's `\b` looks back.
    private static func isWordCharacter(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = index
        while end > 0 {
            let byte = bytes[end - 1]
            if byte < 0x80 { return isASCIIWord(byte) }
            var start = end - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            guard let scalar = scalar(bytes[start..<end]) else { return false }
            if !isExtendOrFormat(scalar) { return isWordScalar(scalar) }
            end = start
        }
        return false
    }

    private static func scalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    }

    private static func isExtendOrFormat(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .format
    }

    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        byte.isASCIIDigit || isCapital(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return scalar.value == 0x200C || scalar.value == 0x200D
        }
    }
}
