/// Finds the DOCTYPE in a document's prolog before libxml2 sees it, and refuses documents whose DTD
/// declares entities (billion laughs, external entities): master plans never need them.
struct XMLDoctypeGuard {
    /// Byte offset where `<!DOCTYPE` starts, if the prolog has one.
    var start: Int?
    /// Byte offset just after the DOCTYPE's closing `>`.
    var end: Int?
    /// Whether the internal subset contains `<!ENTITY` (general or parameter).
    var declaresEntities = false

    init<Bytes: RandomAccessCollection<UInt8>>(bytes: Bytes) where Bytes.Index == Int {
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

    /// Parses the DOCTYPE by the XML grammar: the name and external id (quoted literals), then the
    /// internal subset declaration by declaration, skipping comments, processing instructions and
    /// quoted literals as whole tokens, so a `]>` inside any of them cannot end the DOCTYPE early.
    private mutating func scanDoctype<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from begin: Int)
        where Bytes.Index == Int {
        var offset = begin
        var inSubset = false
        parsing: while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = bytes[(offset + 1)...].firstIndex(of: byte) else { break }
                offset = close + 1
            } else if !inSubset {
                if byte == UInt8(ascii: "[") {
                    inSubset = true
                } else if byte == UInt8(ascii: ">") {
                    end = offset + 1
                    break parsing
                }
                offset += 1
            } else if Self.has(bytes, "<!--", at: offset) {
                guard let close = Self.find(bytes, "-->", from: offset + 4) else { break }
                offset = close + 3
            } else if Self.has(bytes, "<?", at: offset) {
                guard let close = Self.find(bytes, "?>", from: offset + 2) else { break }
                offset = close + 2
            } else if Self.has(bytes, "<!", at: offset) {
                if Self.has(bytes, "<!ENTITY", at: offset) { declaresEntities = true }
                guard let close = Self.declarationEnd(bytes, from: offset + 2) else { break }
                offset = close + 1
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
                offset += 1
            } else {
                offset += 1   // blanks and parameter-entity references; libxml2 reports anything else
            }
        }
        // Defence in depth: the raw text up to the end found (or the end of the file) is searched as
        // well, quotes and comments included; a false alarm is cheaper than a miss.
        if let found = Self.find(bytes, "<!ENTITY", from: begin), found < (end ?? bytes.count) { declaresEntities = true }
    }

    /// The `>` that closes a markup declaration, skipping quoted literals.
    private static func declarationEnd<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, from start: Int) -> Int?
        where Bytes.Index == Int {
        var offset = start
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = bytes[(offset + 1)...].firstIndex(of: byte) else { return nil }
                offset = close + 1
                continue
            }
            if byte == UInt8(ascii: ">") { return offset }
            offset += 1
        }
        return nil
    }

    private static func has<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ literal: StaticString,
                                                                  at offset: Int) -> Bool where Bytes.Index == Int {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0..<count where bytes[offset + index] != buffer[index] { return false }
            return true
        }
    }

    private static func find<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ literal: StaticString,
                                                                   from start: Int) -> Int? where Bytes.Index == Int {
        var offset = start
        while offset < bytes.count {
            if has(bytes, literal, at: offset) { return offset }
            offset += 1
        }
        return nil
    }
}
