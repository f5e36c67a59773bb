import Foundation
@testable import SPBELintCore

/// An example document whose `↓` markers show where findings must point; markers are removed
/// before parsing.
struct MarkedDocument {
    static let marker: Character = "↓"

    let text: String
    let expected: [SourcePosition]

    init(_ marked: String) {
        var clean = ""
        var expected: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == MarkedDocument.marker {
                expected.append(SourcePosition(line: line, column: column))
                continue
            }
            clean.append(character)
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = clean
        self.expected = expected
    }

    /// Parses the clean text as the format its file extension names.
    func parse(as fileName: String) throws -> Document {
        let format = DocumentFormat.forExtension(URL(fileURLWithPath: fileName).pathExtension)
        let parser: any DocumentParser = format == .markdown ? MarkdownDocumentParser() : XMLDocumentParser()
        return try parser.parse(text: text, path: fileName)
    }
}
