import Foundation
import ZIPFoundation

/// Writes a plan skeleton as a minimal Word document: metadata as custom properties, headings in
/// the "heading N" styles, guidance as Word comments (review notes, which spbelint does not read
/// as the plan's text), "[isi: …]" paragraphs and the roadmap table.
struct PlanDocxWriter {
    let request: PlanRequest

    func render(_ root: PlanPart) throws -> Data {
        var body: [String] = []
        var comments: [String] = []
        body.append(paragraph(request.title.uppercased(), comment: note(PlanMetadata.introduction + root.guidance, into: &comments)))
        for part in root.parts { write(part, level: 1, body: &body, comments: &comments) }
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"\(Self.word)\"><w:body>" + body.joined() + "<w:sectPr/></w:body></w:document>"
        let commentPart = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:comments xmlns:w=\"\(Self.word)\">" + comments.joined() + "</w:comments>"
        return try Self.zip([
            ("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.packageRelationships),
            ("word/_rels/document.xml.rels", Self.documentRelationships), ("word/document.xml", document),
            ("word/styles.xml", Self.styles), ("word/comments.xml", commentPart), ("docProps/custom.xml", customProperties()),
        ])
    }

    private func write(_ part: PlanPart, level: Int, body: inout [String], comments: inout [String]) {
        body.append(paragraph(part.title, style: "Heading\(min(level, 6))", comment: note(part.guidance, into: &comments)))
        for statement in part.statements { body.append(paragraph(statement)) }
        if part.placeholder { body.append(paragraph(PlanMetadata.placeholder(part.title))) }
        if part.roadmap {
            let table = PlanMetadata.roadmapTable(request)
            let rows = ([table.header] + table.rows).map { row in
                "<w:tr>" + row.map { "<w:tc>" + paragraph($0) + "</w:tc>" }.joined() + "</w:tr>"
            }
            body.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>" + rows.joined() + "</w:tbl>")
        }
        for child in part.parts { write(child, level: level + 1, body: &body, comments: &comments) }
    }

    /// Adds a Word comment holding `texts` (one paragraph each) and returns its id, or nil when there is none.
    private func note(_ texts: [String], into comments: inout [String]) -> Int? {
        guard !texts.isEmpty else { return nil }
        let id = comments.count
        comments.append("<w:comment w:id=\"\(id)\" w:author=\"spbelint\" w:initials=\"SL\">"
                        + texts.map { paragraph($0) }.joined() + "</w:comment>")
        return id
    }

    private func paragraph(_ text: String, style: String? = nil, comment: Int? = nil) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let run = "<w:r><w:t xml:space=\"preserve\">\(Self.escape(text))</w:t></w:r>"
        guard let comment else { return "<w:p>\(properties)\(run)</w:p>" }
        return "<w:p>\(properties)<w:commentRangeStart w:id=\"\(comment)\"/>\(run)<w:commentRangeEnd w:id=\"\(comment)\"/>"
            + "<w:r><w:commentReference w:id=\"\(comment)\"/></w:r></w:p>"
    }

    private func customProperties() -> String {
        let properties = PlanMetadata.fields(request).enumerated().map { index, field in
            "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"\(index + 2)\" name=\"\(field.0)\">"
                + "<vt:lpwstr>\(Self.escape(field.1))</vt:lpwstr></property>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" "
            + "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + properties.joined() + "</Properties>"
    }

    static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>\
        <Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationship)/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="\(relationship)/custom-properties" Target="docProps/custom.xml"/>\
        </Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationship)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationship)/comments" Target="comments.xml"/>\
        </Relationships>
        """

    /// "heading 1" … "heading 6" with their outline levels, and a bordered table style.
    private static let styles: String = {
        let headings = (1...6).map { level in
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading\(level)\"><w:name w:val=\"heading \(level)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"\(level - 1)\"/></w:pPr>"
                + "<w:rPr><w:b/><w:sz w:val=\"\(max(22, 34 - 2 * level))\"/></w:rPr></w:style>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"\(word)\">"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + headings.joined()
            + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" }.joined()
            + "</w:tblBorders></w:tblPr></w:style></w:styles>"
    }()

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The parts as a ZIP archive built in memory.
    private static func zip(_ parts: [(String, String)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
