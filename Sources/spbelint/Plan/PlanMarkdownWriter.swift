import Foundation

/// Writes a plan skeleton as Markdown: front matter, `#` headings, guidance as HTML comments (which
/// spbelint does not read as the plan's text), "[isi: …]" lines and the roadmap table.
struct PlanMarkdownWriter {
    let request: PlanRequest

    func render(_ root: PlanPart) -> String {
        var lines = ["---"]
        for (key, value) in PlanMetadata.fields(request) { lines.append("\(key): \(Self.yamlScalar(value))") }
        lines += ["---", ""]
        lines.append(contentsOf: comment(PlanMetadata.introduction + root.guidance))
        lines += ["", request.title.uppercased(), ""]
        for part in root.parts { write(part, level: 1, into: &lines) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ part: PlanPart, level: Int, into lines: inout [String]) {
        lines += [String(repeating: "#", count: min(level, 6)) + " " + part.title, ""]
        if !part.guidance.isEmpty { lines += comment(part.guidance) + [""] }
        for statement in part.statements { lines += [statement, ""] }
        if part.placeholder { lines += [PlanMetadata.placeholder(part.title), ""] }
        if part.roadmap {
            let table = PlanMetadata.roadmapTable(request)
            lines.append("| " + table.header.joined(separator: " | ") + " |")
            lines.append("|" + String(repeating: " --- |", count: table.header.count))
            for row in table.rows { lines.append("| " + row.joined(separator: " | ") + " |") }
            lines.append("")
        }
        for child in part.parts { write(child, level: level + 1, into: &lines) }
    }

    /// A value as a YAML scalar: quoted when plain YAML would read it as something else ("[isi: …]").
    static func yamlScalar(_ value: String) -> String {
        let plain = value.range(of: "^[A-Za-z0-9][A-Za-z0-9 ./()-]*$", options: .regularExpression) != nil
        return plain ? value : "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func comment(_ texts: [String]) -> [String] {
        guard !texts.isEmpty else { return [] }
        return ["<!--"] + texts.map { "  " + PlanMetadata.commentSafe($0) } + ["-->"]
    }
}
