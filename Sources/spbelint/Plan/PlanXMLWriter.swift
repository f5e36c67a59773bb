import Foundation

/// Writes a plan skeleton in the `dokumen-spbe` XML vocabulary: metadata, nested `bagian`, guidance
/// as XML comments, "[isi: …]" paragraphs and the roadmap `tabel`.
struct PlanXMLWriter {
    let request: PlanRequest

    func render(_ root: PlanPart) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">"]
        lines += comment(PlanMetadata.introduction + root.guidance, indent: "  ")
        lines.append("  <metadata>")
        for (key, value) in PlanMetadata.fields(request) { lines.append("    <\(key)>\(escape(value))</\(key)>") }
        lines.append("  </metadata>")
        for part in root.parts { write(part, indent: "  ", into: &lines) }
        lines.append("</dokumen>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ part: PlanPart, indent: String, into lines: inout [String]) {
        let inner = indent + "  "
        lines.append("\(indent)<bagian>")
        lines.append("\(inner)<judul>\(escape(part.title))</judul>")
        lines += comment(part.guidance, indent: inner)
        for statement in part.statements { lines.append("\(inner)<paragraf>\(escape(statement))</paragraf>") }
        if part.placeholder { lines.append("\(inner)<paragraf>\(escape(PlanMetadata.placeholder(part.title)))</paragraf>") }
        if part.roadmap {
            let table = PlanMetadata.roadmapTable(request)
            lines.append("\(inner)<tabel>")
            lines.append("\(inner)  <kepala>" + table.header.map { "<sel>\(escape($0))</sel>" }.joined() + "</kepala>")
            for row in table.rows {
                lines.append("\(inner)  <baris>" + row.map { "<sel>\(escape($0))</sel>" }.joined() + "</baris>")
            }
            lines.append("\(inner)</tabel>")
        }
        for child in part.parts { write(child, indent: inner, into: &lines) }
        lines.append("\(indent)</bagian>")
    }

    private func comment(_ texts: [String], indent: String) -> [String] {
        guard !texts.isEmpty else { return [] }
        return ["\(indent)<!--"] + texts.map { "\(indent)  " + PlanMetadata.commentSafe($0) } + ["\(indent)-->"]
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
