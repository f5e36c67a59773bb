import Foundation

/// Trimming of spaces and tabs that skips Foundation when there is nothing to trim.
extension StringProtocol {
    /// The same as `trimmingCharacters(in: .whitespaces)` (Unicode space separators and tab), with
    /// no Foundation call when neither end is such a character (the common case).
    func trimmingHorizontalSpace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        func isHorizontalSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        guard isHorizontalSpace(first) || isHorizontalSpace(last) else { return String(self) }
        // Spaces and tabs around ASCII text (a heading after its number): trimmed here, as bytes.
        let bytes = utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        if start == bytes.endIndex { return "" }
        var end = start, lastByte: UInt8 = 0, index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if byte != 0x20 && byte != 0x09 {
                end = index
                lastByte = byte
            }
        }
        if bytes[start] < 0x80, lastByte < 0x80 { return String(self[start..<end]) }
        return trimmingCharacters(in: .whitespaces)
    }
}
