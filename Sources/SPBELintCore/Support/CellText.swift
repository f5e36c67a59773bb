/// Texts joined by a one-byte separator, written straight into one new String: the bytes of
/// `joined(separator:)` without its generic per-element work (table rows, list blocks).
enum CellText {
    /// The rows that have cells, each joined by tabs, one a line (a table block's text).
    static func rows(_ rows: [[TableCell]]) -> String {
        var total = 0, lines = 0
        for row in rows where !row.isEmpty {
            lines += 1
            total += row.count - 1
            for cell in row { total += cell.text.utf8.count }
        }
        guard lines > 0 else { return "" }
        total += lines - 1
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0, firstLine = true
            for row in rows where !row.isEmpty {
                if !firstLine { buffer[at] = 0x0A; at += 1 }
                firstLine = false
                for (index, cell) in row.enumerated() {
                    if index > 0 { buffer[at] = 0x09; at += 1 }
                    at = copy(cell.text, into: buffer, at: at)
                }
            }
            return at
        }
    }

    /// `count` texts joined by `separator` (a tab by default).
    static func join(_ count: Int, separator: UInt8 = 0x09, _ text: (Int) -> String) -> String {
        guard count > 1 else { return count == 1 ? text(0) : "" }
        var total = count - 1
        for index in 0..<count { total += text(index).utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var at = 0
            for index in 0..<count {
                if index > 0 { buffer[at] = separator; at += 1 }
                at = copy(text(index), into: buffer, at: at)
            }
            return at
        }
    }

    @inline(__always)
    private static func copy(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return start }
            (buffer.baseAddress! + start).update(from: base, count: bytes.count)
            return start + bytes.count
        }
    }
}
