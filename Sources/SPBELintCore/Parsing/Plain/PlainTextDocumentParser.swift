import Foundation

/// Reads plain text (`pdftotext -layout` output, a word processor's "Save as text") into a
/// `Document`: form feeds are page breaks, running headers, footers and page numbers are
/// dropped, and the section tree is recovered by `PlainStructure`.
public struct PlainTextDocumentParser: DocumentParser {
    public init() {}

    public func parse(text: consuming String, path: String) throws(InputProblem) -> Document {
        var builder = DocumentBuilder(path: path, format: .plainText)
        PlainStructure.recover(Self.items(pages: Self.pages(of: text)), into: &builder)
        return builder.build()
    }

    /// Splits text into pages at form feeds; each line keeps its file line, column and page.
    /// With `lineInPage`, lines are numbered within their page (PDF).
    static func pages(of text: String, lineInPage: Bool = false) -> [[PlainLine]] {
        var pages: [[PlainLine]] = [[]]
        var lineNumber = 0
        var pageLine = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            pageLine += 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            var column = 1
            while let feed = line.firstIndex(of: "\u{0C}") {
                let before = line[..<feed]
                if !before.allSatisfy(\.isWhitespace) {
                    pages[pages.count - 1].append(PlainLine(text: String(before), position: SourcePosition(
                        line: lineInPage ? pageLine : lineNumber, column: column, page: pages.count)))
                }
                column += before.count + 1
                line = line[line.index(after: feed)...]
                pages.append([])
                pageLine = 1
            }
            pages[pages.count - 1].append(PlainLine(text: String(line), position: SourcePosition(
                line: lineInPage ? pageLine : lineNumber, column: column, page: pages.count)))
        }
        if pages.count > 1, pages[pages.count - 1].allSatisfy(\.isBlank) { pages.removeLast() }
        return pages
    }

    /// The lines of every page without running headers, footers and page numbers, with page breaks.
    static func items(pages: [[PlainLine]]) -> [PlainItem] {
        let furniture = PageFurniture.lines(in: pages)
        var items: [PlainItem] = []
        items.reserveCapacity(pages.reduce(0) { $0 + $1.count } + pages.count)
        for (number, page) in pages.enumerated() {
            if number > 0 { items.append(.pageBreak) }
            for (index, line) in page.enumerated() where !furniture[number].contains(index) {
                items.append(.line(line))
            }
        }
        return items
    }
}
