import Foundation

/// Renders a Markdown example as a word processor's "Save as text" would: no front matter, no
/// Markdown marks, paragraphs wrapped, tables as columns of padded text, pages of `pageLines`.
enum PlainRendering {
    static func pages(ofMarkdown markdown: String, width: Int = 100, pageLines: Int = 70) -> [[String]] {
        var lines: [String] = []
        var body = markdown.components(separatedBy: "\n")
        if body.first == "---", let end = body.dropFirst().firstIndex(of: "---") { body.removeSubrange(0...end) }
        var table: [[String]] = []
        func flushTable() {
            guard !table.isEmpty else { return }
            let rows = table.filter { !$0.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
            let columns = rows.map(\.count).max() ?? 0
            let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
            for row in rows {
                lines.append(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset] + 3, withPad: " ", startingAt: 0) }
                    .joined().trimmingCharacters(in: .whitespaces))
            }
            lines.append("")
            table = []
        }
        for raw in body {
            if raw.hasPrefix("|") {
                table.append(raw.trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: "|")
                    .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "") })
                continue
            }
            flushTable()
            var text = raw.replacingOccurrences(of: "**", with: "")
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("<!--") { continue }
            lines += wrap(text, width: width)
        }
        flushTable()
        return stride(from: 0, to: lines.count, by: pageLines).map { Array(lines[$0..<min($0 + pageLines, lines.count)]) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width else { return [text] }
        let indent = text.hasPrefix("- ") || text.first?.isNumber == true ? "  " : ""
        var result: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + word.count + 1 > width {
                result.append(current)
                current = indent
            }
            current += (current.isEmpty || current == indent ? "" : " ") + word
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
