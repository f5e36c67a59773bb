/// Finds the DOCTYPE in a document's prolog before libxml2 sees it, and refuses documents whose DTD
/// declares entities (billion laughs, external entities): master plans never need them.
struct XMLDoctypeGuard {
    /// Byte offset where `<!DOCTYPE` starts, if the prolog has one.
    var start: Int?
    /// Byte offset just after the DOCTYPE's closing `>`.
    var end: Int?
    /// Whether the internal subset contains `<!ENTITY` (general or parameter).
    var declaresEntities = false

    init(bytes: [UInt8]) {
        var offset = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") {
                offset += 1
            } else if Self.has(bytes, "<?", at: offset) {
                guard let close = Self.find(bytes, "?>", from: offset + 2) else { return }
                offset = close + 2
            } else if Self.has(bytes, "<!--", at: offset) {
                guard let close = Self.find(bytes, "-->", from: offset + 4) else { return }
                offset = close + 3
            } else if Self.has(bytes, "<!DOCTYPE", at: offset) {
                start = offset
                scanDoctype(bytes, from: offset + 9)
                return
            } else {
                return   // the root element (or garbage libxml2 will report)
            }
        }
    }

    /// Walks the DOCTYPE respecting quotes and the `[...]` internal subset.
    private mutating func scanDoctype(_ bytes: [UInt8], from begin: Int) {
        var offset = begin
        var quote: UInt8?
        var depth = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "]") {
                depth -= 1
            } else if depth > 0, Self.has(bytes, "<!--", at: offset) {
                guard let close = Self.find(bytes, "-->", from: offset + 4) else { break }
                offset = close + 3
                continue
            } else if byte == UInt8(ascii: ">"), depth <= 0 {
                end = offset + 1
                break
            }
            offset += 1
        }
        // Search the raw text, quotes and comments included: a false alarm is cheaper than a miss.
        // An unterminated DOCTYPE is searched to the end of the file; libxml2 reports its syntax.
        if let found = Self.find(bytes, "<!ENTITY", from: begin) { declaresEntities = found < (end ?? bytes.count) }
    }

    private static func has(_ bytes: [UInt8], _ literal: StaticString, at offset: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0..<count where bytes[offset + index] != buffer[index] { return false }
            return true
        }
    }

    private static func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int) -> Int? {
        var offset = start
        while offset < bytes.count {
            if has(bytes, literal, at: offset) { return offset }
            offset += 1
        }
        return nil
    }
}
