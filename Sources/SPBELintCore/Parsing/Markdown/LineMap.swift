/// Converts 1-based byte columns (as cmark and libxml2 report them) into 1-based character columns.
public struct LineMap: Sendable {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// Number of lines in the text.
    public var lineCount: Int { lineStarts.count }

    /// The character column for a 1-based byte column on a 1-based line.
    public func position(line: Int, byteColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else { return SourcePosition(line: max(line, 1), column: max(byteColumn, 1)) }
        let start = lineStarts[line - 1]
        let end = min(start + max(byteColumn - 1, 0), bytes.count)
        var characters = 0
        var offset = start
        while offset < end {
            if bytes[offset] & 0xC0 != 0x80 { characters += 1 }
            offset += 1
        }
        return SourcePosition(line: line, column: characters + 1)
    }

    /// The position of the first character on a 1-based line that is not a space, tab or ">"
    /// (where a wrapped paragraph's line begins, inside a block quote too).
    public func firstTextPosition(line: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else { return SourcePosition(line: max(line, 1), column: 1) }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        var offset = start
        while offset < end, bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x3E { offset += 1 }
        return position(line: line, byteColumn: offset - start + 1)
    }

    /// The position of a byte offset in the text.
    public func position(ofByte offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return position(line: low + 1, byteColumn: offset - lineStarts[low] + 1)
    }

    /// The bytes of one 1-based line, without its newline.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1, line <= lineStarts.count else { return [] }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return bytes[start..<max(start, end)]
    }
}
