/// The source bytes with line starts computed once, and a forward-only cursor that finds each
/// element's `<name` in document order, so positions cost one pass over the text in total.
struct XMLSourceMap {
    let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]
    /// Everything before this offset has been matched already.
    private(set) var cursor = 0
    /// The last position computed, so that the next one on the same line counts only the bytes in
    /// between (minified XML has every element on one line: counting from the line start each time
    /// would be quadratic).
    private let checkpoint = ColumnCheckpoint()

    init(text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Line and character column (both 1-based) of a byte offset.
    func position(ofOffset offset: Int) -> SourcePosition {
        let line = lineIndex(of: offset)
        var from = lineStarts[line]
        var counted = 0
        if checkpoint.line == line, checkpoint.offset <= offset, checkpoint.offset > from {
            from = checkpoint.offset
            counted = checkpoint.characters
        }
        let characters = counted + characters(from: from, to: offset)
        // Only offsets at a `<` are kept: a character never continues across one.
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "<") {
            checkpoint.line = line
            checkpoint.offset = offset
            checkpoint.characters = characters
        }
        return SourcePosition(line: line + 1, column: characters + 1)
    }

    /// Moves the cursor past the next `<qualifiedName` (followed by a name end) and returns its position.
    mutating func locateElement(_ qualifiedName: String) -> SourcePosition? {
        locate(prefix: [UInt8(ascii: "<")] + Array(qualifiedName.utf8), needsNameEnd: true, skipTo: nil)
    }

    /// Moves the cursor past a construct that starts with `open` and ends with `close`
    /// (a comment, CDATA section or processing instruction) and returns where it starts.
    mutating func locateConstruct(open: String, close: String) -> SourcePosition? {
        locate(prefix: Array(open.utf8), needsNameEnd: false, skipTo: Array(close.utf8))
    }

    /// Puts the cursor at an offset (for example after the DOCTYPE), never backwards.
    mutating func advance(to offset: Int) { cursor = max(cursor, min(offset, bytes.count)) }

    /// The position of the first non-blank character on a line, for messages that have only a line.
    func firstColumn(onLine line: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else { return SourcePosition(line: max(line, 1), column: 1) }
        var offset = lineStarts[line - 1]
        while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
            offset += 1
        }
        return position(ofOffset: offset)
    }

    /// Converts libxml2's line and column to a 1-based position that lies on the line.
    func clamped(line: Int, column: Int) -> SourcePosition {
        let safeLine = min(max(line, 1), lineStarts.count)
        let start = lineStarts[safeLine - 1]
        let end = safeLine < lineStarts.count ? lineStarts[safeLine] - 1 : bytes.count
        let length = characters(from: start, to: end)
        return SourcePosition(line: safeLine, column: min(max(column, 1), length + 1))
    }

    private mutating func locate(prefix: [UInt8], needsNameEnd: Bool, skipTo close: [UInt8]?) -> SourcePosition? {
        guard let found = find(prefix, from: cursor, needsNameEnd: needsNameEnd) else { return nil }
        if let close, let end = find(close, from: found + prefix.count, needsNameEnd: false) {
            cursor = end + close.count
        } else {
            cursor = found + prefix.count
        }
        return position(ofOffset: found)
    }

    private func find(_ pattern: [UInt8], from start: Int, needsNameEnd: Bool) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        let last = bytes.count - pattern.count
        var offset = start
        while offset <= last {
            if bytes[offset] == first, matches(pattern, at: offset) {
                if !needsNameEnd { return offset }
                let after = offset + pattern.count
                if after >= bytes.count || Self.isNameEnd(bytes[after]) { return offset }
            }
            offset += 1
        }
        return nil
    }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        for index in 1..<pattern.count where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Characters (grapheme clusters) in a byte range of one line.
    private func characters(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        let slice = bytes[start..<min(end, bytes.count)]
        if !slice.contains(where: { $0 >= 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

/// The line, byte offset and character count of the last position an `XMLSourceMap` computed.
private final class ColumnCheckpoint {
    var line = -1
    var offset = 0
    var characters = 0
}
