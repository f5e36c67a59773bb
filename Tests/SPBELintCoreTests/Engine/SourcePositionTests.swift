import Foundation
import Testing
@testable import SPBELintCore

/// A position is kept in 16 bytes (a large document holds hundreds of thousands of them) and still
/// reads, writes, compares and encodes as numbers and optionals.
@Suite("Source positions")
struct SourcePositionTests {
    @Test("16 bytes; optional page and paragraph round-trip; setters work")
    func compact() {
        #expect(MemoryLayout<SourcePosition>.stride == 16)
        var position = SourcePosition(line: 120_000, column: 7)
        #expect(position.page == nil && position.paragraph == nil)
        position.page = 0
        #expect(position.page == 0, "0 is a value, not nil")
        position.column += 3
        #expect(position.column == 10)
        position.page = nil
        #expect(position == SourcePosition(line: 120_000, column: 10))
        let paragraph = SourcePosition(paragraph: 143)
        #expect(paragraph.paragraph == 143 && paragraph.line == 143 && paragraph.column == 1)
        #expect(SourcePosition(line: 2, column: 1, page: 1) < SourcePosition(line: 1, column: 1, page: 2))
        #expect(SourcePosition(line: Int.max, column: Int.min).line == Int(Int32.max))
    }

    @Test("encodes the same keys as before, without absent optionals")
    func codable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(SourcePosition(line: 3, column: 4)), as: UTF8.self)
        #expect(plain == #"{"column":4,"line":3}"#)
        let paged = SourcePosition(line: 3, column: 4, page: 2)
        let pagedJSON = String(decoding: try encoder.encode(paged), as: UTF8.self)
        #expect(pagedJSON == #"{"column":4,"line":3,"page":2}"#)
        #expect(try JSONDecoder().decode(SourcePosition.self, from: Data(pagedJSON.utf8)) == paged)
        let paragraph = SourcePosition(paragraph: 9)
        #expect(try JSONDecoder().decode(SourcePosition.self, from: try encoder.encode(paragraph)) == paragraph)
    }
}
