import Foundation
import SPBELintCore

/// Splits CSV text (RFC 4180 quoting, `,` or `;` separated) into rows of fields with their positions.
struct CSVTokenizer {
    /// One field and where it starts.
    struct Field {
        var text: String
        var position: SourcePosition
    }

    /// A malformed quote, with the position of its opening quote.
    struct Malformed: Error {
        var position: SourcePosition
        /// True for a quote never closed; false for text after a closing quote.
        var unterminated: Bool
    }

    var separator: Character

    /// Picks `;` when the first line has semicolons and no commas, `,` otherwise.
    static func detectSeparator(in text: String) -> Character {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
        return firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
    }

    /// The rows, skipping blank lines.
    func rows(_ text: String) throws -> [[Field]] {
        var rows: [[Field]] = []
        var row: [Field] = []
        var field = ""
        var line = 1, column = 1
        var fieldStart = SourcePosition(line: 1, column: 1)
        var quoted = false, wasQuoted = false, quoteStart = fieldStart
        var characters = Array(text)
        if characters.last != "\n" && characters.last != "\r\n" { characters.append("\n") }
        var index = 0

        func endField() {
            row.append(Field(text: wasQuoted ? field : field.trimmingCharacters(in: .whitespaces), position: fieldStart))
            field = ""
            wasQuoted = false
        }

        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 2
                        continue
                    }
                    quoted = false
                    column += 1
                    continue
                }
                field.append(character)
                if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            switch character {
            case "\"" where field.trimmingCharacters(in: .whitespaces).isEmpty && !wasQuoted:
                field = ""
                quoted = true
                wasQuoted = true
                quoteStart = SourcePosition(line: line, column: column)
                column += 1
            case separator:
                endField()
                column += 1
                fieldStart = SourcePosition(line: line, column: column)
            case "\n", "\r\n", "\r":
                endField()
                if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
                row = []
                line += 1
                column = 1
                fieldStart = SourcePosition(line: line, column: column)
            default:
                if wasQuoted && !character.isWhitespace { throw Malformed(position: SourcePosition(line: line, column: column), unterminated: false) }
                field.append(character)
                column += 1
            }
        }
        if quoted { throw Malformed(position: quoteStart, unterminated: true) }
        return rows
    }
}
