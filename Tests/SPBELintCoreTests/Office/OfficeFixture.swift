import Foundation
import ZIPFoundation
@testable import SPBELintCore

/// Builds minimal `.docx` and `.odt` packages in memory from XML snippets, for reader tests.
enum OfficeFixture {
    static let wordNamespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""

    static let headingStyles = (1...3).map {
        "<w:style w:type=\"paragraph\" w:styleId=\"Heading\($0)\"><w:name w:val=\"heading \($0)\"/><w:basedOn w:val=\"Normal\"/></w:style>"
    }.joined()

    /// A `.docx` whose body is `body`; the other parts only when given.
    static func docx(body: String, styles: String = headingStyles, numbering: String? = nil,
                     footnotes: String? = nil, comments: String? = nil, core: String? = nil,
                     custom: String? = nil, header: String? = nil) throws -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("word/document.xml", "<w:document \(wordNamespaces)><w:body>\(body)</w:body></w:document>"),
            ("word/styles.xml", "<w:styles \(wordNamespaces)><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\(styles)</w:styles>"),
        ]
        var relationships = [("styles", "styles.xml")]
        if let numbering {
            parts.append(("word/numbering.xml", "<w:numbering \(wordNamespaces)>\(numbering)</w:numbering>"))
            relationships.append(("numbering", "numbering.xml"))
        }
        if let footnotes {
            parts.append(("word/footnotes.xml", "<w:footnotes \(wordNamespaces)>\(footnotes)</w:footnotes>"))
            relationships.append(("footnotes", "footnotes.xml"))
        }
        if let comments {
            parts.append(("word/comments.xml", "<w:comments \(wordNamespaces)>\(comments)</w:comments>"))
            relationships.append(("comments", "comments.xml"))
        }
        if let header {
            parts.append(("word/header1.xml", "<w:hdr \(wordNamespaces)>\(header)</w:hdr>"))
            relationships.append(("header", "header1.xml"))
        }
        parts.append(("word/_rels/document.xml.rels", rels(relationships.enumerated().map {
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/\($1.0)", $1.1, $0)
        })))
        var packageRels = [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml", 0)]
        if let core {
            parts.append(("docProps/core.xml", "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">\(core)</cp:coreProperties>"))
            packageRels.append(("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", 1))
        }
        if let custom {
            parts.append(("docProps/custom.xml", "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\(custom)</Properties>"))
            packageRels.append(("http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml", 2))
        }
        parts.append(("_rels/.rels", rels(packageRels)))
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static let odfNamespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        + "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""

    /// An `.odt` whose `office:text` is `text`.
    static func odt(text: String, styles: String = "", meta: String = "", manifest: String = "") throws -> Data {
        try zip([
            ("mimetype", Data("application/vnd.oasis.opendocument.text".utf8)),
            ("META-INF/manifest.xml", Data("<manifest:manifest \(odfNamespaces)><manifest:file-entry manifest:full-path=\"content.xml\">\(manifest)</manifest:file-entry></manifest:manifest>".utf8)),
            ("content.xml", Data("<office:document-content \(odfNamespaces)><office:body><office:text>\(text)</office:text></office:body></office:document-content>".utf8)),
            ("styles.xml", Data("<office:document-styles \(odfNamespaces)><office:styles>\(styles)</office:styles></office:document-styles>".utf8)),
            ("meta.xml", Data("<office:document-meta \(odfNamespaces)><office:meta>\(meta)</office:meta></office:document-meta>".utf8)),
        ])
    }

    static func rels(_ entries: [(String, String, Int)]) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + entries.map { "<Relationship Id=\"rId\($0.2)\" Type=\"\($0.0)\" Target=\"\($0.1)\"/>" }.joined()
            + "</Relationships>"
    }

    /// A ZIP archive of the parts, built in memory.
    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in parts {
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: name == "mimetype" ? .none : .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    static func parse(_ data: Data, name: String = "rencana.docx",
                      limits: OfficeLimits = OfficeLimits()) throws(InputProblem) -> Document {
        try OfficeDocumentParser(limits: limits).parse(data: data, path: name,
                                                       format: DocumentFormat.forExtension((name as NSString).pathExtension) ?? .docx)
    }

    /// A paragraph in a style with plain text runs.
    static func p(_ text: String, style: String? = nil, extra: String = "") -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/>\(extra)</w:pPr>" } ?? (extra.isEmpty ? "" : "<w:pPr>\(extra)</w:pPr>")
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// A fresh temporary folder for files a test writes.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
