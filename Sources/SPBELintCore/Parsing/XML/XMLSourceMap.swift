import Foundation
internal import CLibXML2

/// The source text with line starts computed once, and a forward-only cursor that finds each
/// element's `<name` in document order, so positions cost one pass over the text in total. The
/// text's UTF-8 is read where the String keeps it: a 5 MB plan is not copied into another array.
struct XMLSourceMap {
    /// The document text (contiguous UTF-8).
    let text: String
    /// Its length in bytes.
    let count: Int
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]
    /// Everything before this offset has been matched already.
    private(set) var cursor = 0
    /// The last position computed, so that the next one on the same line counts only the bytes in
    /// between (minified XML has every element on one line: counting from the line start each time
    /// would be quadratic).
    private let checkpoint = ColumnCheckpoint()

    init(text: String) {
        var native = text
        native.makeContiguousUTF8()
        self.text = native
        count = native.utf8.count
        lineStarts = native.utf8.withContiguousStorageIfAvailable { buffer -> [Int] in
            var starts = [0]
            starts.reserveCapacity(buffer.count / 40 + 1)
            guard let base = buffer.baseAddress else { return starts }
            var offset = 0
            while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base + 1
                starts.append(offset)
            }
            return starts
        } ?? [0]
    }

    /// Runs `body` over the text's UTF-8 bytes, in place.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)   // never: `init` made the text contiguous
    }

    /// Line and character column (both 1-based) of a byte offset.
    func position(ofOffset offset: Int) -> SourcePosition {
        withBytes { position(ofOffset: offset, in: $0) }
    }

    private func position(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        let line = lineIndex(of: offset)
        var from = lineStarts[line]
        var counted = 0
        if checkpoint.line == line, checkpoint.offset <= offset, checkpoint.offset > from {
            from = checkpoint.offset
            counted = checkpoint.characters
        }
        let characters = counted + Self.characters(in: bytes, from: from, to: offset)
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

    /// `locateElement(_:)` for a libxml2 element, matching its prefix and name as bytes where they
    /// are (no String or array is made per element).
    mutating func locateElement(_ element: XMLNodeRef) -> SourcePosition? {
        guard let name = element.pointer.pointee.name else { return nil }
        let prefix = element.pointer.pointee.ns?.pointee.prefix
        let start = cursor
        let found = withBytes { buffer -> (start: Int, end: Int, position: SourcePosition)? in
            guard let base = buffer.baseAddress else { return nil }
            let end = buffer.count
            var offset = start
            while offset < end, let hit = memchr(base + offset, 0x3C, end - offset) {
                let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                var next = at + 1
                if let prefix {
                    if Self.matches(prefix, in: buffer, at: &next), next < end, buffer[next] == UInt8(ascii: ":") {
                        next += 1
                    } else {
                        offset = at + 1
                        continue
                    }
                }
                if Self.matches(name, in: buffer, at: &next), next >= end || Self.isNameEnd(buffer[next]) {
                    return (at, next, position(ofOffset: at, in: buffer))
                }
                offset = at + 1
            }
            return nil
        }
        guard let found else { return nil }
        cursor = found.end
        return found.position
    }

    /// Whether the NUL-terminated `literal` is at `offset`; on a match `offset` moves past it.
    private static func matches(_ literal: UnsafePointer<xmlChar>, in buffer: UnsafeBufferPointer<UInt8>,
                                at offset: inout Int) -> Bool {
        var index = 0, at = offset
        while literal[index] != 0 {
            guard at < buffer.count, buffer[at] == literal[index] else { return false }
            index += 1
            at += 1
        }
        offset = at
        return true
    }

    /// Moves the cursor past a construct that starts with `open` and ends with `close`
    /// (a comment, CDATA section or processing instruction) and returns where it starts.
    mutating func locateConstruct(open: String, close: String) -> SourcePosition? {
        locate(prefix: Array(open.utf8), needsNameEnd: false, skipTo: Array(close.utf8))
    }

    /// Puts the cursor at an offset (for example after the DOCTYPE), never backwards.
    mutating func advance(to offset: Int) { cursor = max(cursor, min(offset, count)) }

    /// The position of the first non-blank character on a line, for messages that have only a line.
    func firstColumn(onLine line: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else { return SourcePosition(line: max(line, 1), column: 1) }
        return withBytes { bytes in
            var offset = lineStarts[line - 1]
            while offset < bytes.count, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
                offset += 1
            }
            return position(ofOffset: offset, in: bytes)
        }
    }

    /// Converts libxml2's line and column to a 1-based position that lies on the line.
    func clamped(line: Int, column: Int) -> SourcePosition {
        let safeLine = min(max(line, 1), lineStarts.count)
        let start = lineStarts[safeLine - 1]
        let end = safeLine < lineStarts.count ? lineStarts[safeLine] - 1 : count
        let length = withBytes { Self.characters(in: $0, from: start, to: end) }
        return SourcePosition(line: safeLine, column: min(max(column, 1), length + 1))
    }

    private mutating func locate(prefix: [UInt8], needsNameEnd: Bool, skipTo close: [UInt8]?) -> SourcePosition? {
        let start = cursor
        let found = withBytes { bytes -> (cursor: Int, position: SourcePosition)? in
            guard let found = Self.find(prefix, in: bytes, from: start, needsNameEnd: needsNameEnd) else { return nil }
            var after = found + prefix.count
            if let close, let end = Self.find(close, in: bytes, from: found + prefix.count, needsNameEnd: false) {
                after = end + close.count
            }
            return (after, position(ofOffset: found, in: bytes))
        }
        guard let found else { return nil }
        cursor = found.cursor
        return found.position
    }

    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                             needsNameEnd: Bool) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        let last = bytes.count - pattern.count
        var offset = start
        while offset <= last {
            if bytes[offset] == first, matches(pattern, in: bytes, at: offset) {
                if !needsNameEnd { return offset }
                let after = offset + pattern.count
                if after >= bytes.count || isNameEnd(bytes[after]) { return offset }
            }
            offset += 1
        }
        return nil
    }

    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        for index in 1..<pattern.count where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private func lineIndex(of offset: Int) -> Int {
        // Positions are mostly asked in document order: walk on from the last line found.
        var line = checkpoint.lineHint
        if line < lineStarts.count, lineStarts[line] <= offset {
            var steps = 0
            while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset, steps < 32 {
                line += 1
                steps += 1
            }
            if line + 1 == lineStarts.count || lineStarts[line + 1] > offset {
                checkpoint.lineHint = line
                return line
            }
        }
        let found = searchLine(of: offset)
        checkpoint.lineHint = found
        return found
    }

    private func searchLine(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Characters (grapheme clusters) in a byte range of one line.
    private static func characters(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)])
        if !slice.contains(where: { $0 >= 0x80 }) { return slice.count }
        return String(decoding: slice, as: UTF8.self).count
    }
}

/// The line, byte offset and character count of the last position an `XMLSourceMap` computed.
private final class ColumnCheckpoint {
    var line = -1
    var offset = 0
    var characters = 0
    /// The line index found last, where the next line search starts.
    var lineHint = 0
}
