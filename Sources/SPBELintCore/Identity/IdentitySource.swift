/// Where each identity value of a document came from, for JSON `documents[].sources`:
/// `frontMatter`, `text` (with its line), `flag` (`--kind`, `--profile`) or `none`.
public enum IdentitySource {
    /// One field's source.
    public struct Entry: Encodable, Sendable, Hashable {
        public var from: String
        public var line: Int?
    }

    /// JSON field name → metadata key.
    static let fields: [(String, String)] = [("title", "judul"), ("kind", "jenis"), ("level", "tingkat"),
                                             ("institution", "instansi"), ("period", "periode"), ("number", "nomor"),
                                             ("date", "tanggal-penetapan"), ("status", "status"), ("enacts", "menetapkan")]

    static func entries(for document: Document) -> [String: Entry] {
        var result: [String: Entry] = [:]
        for (name, key) in fields {
            guard let field = document.metadata[key] else { result[name] = Entry(from: "none", line: nil); continue }
            switch field.origin {
            case .frontMatter: result[name] = Entry(from: "frontMatter", line: field.position.line)
            case .text: result[name] = Entry(from: "text", line: field.position.line)
            case .documentProperties: result[name] = Entry(from: "documentProperties", line: nil)
            }
        }
        if document.kindOverride != nil { result["kind"] = Entry(from: "flag", line: nil) }
        if document.profileOverride != nil {
            result["profile"] = Entry(from: "flag", line: nil)
        } else {
            result["profile"] = result["level"]
        }
        return result
    }
}
