/// Settles what a document is: front matter first (in the spellings people write), then what its
/// text says (title block, signature, Lampiran), then what the caller forced (`--kind`, `--profile`).
public enum DocumentIdentity {
    /// Fills `document.metadata` from front matter aliases and from the text; records where the
    /// Lampiran starts. Never replaces a value the author stated.
    public static func resolve(_ document: inout Document) {
        var metadata = DocumentMetadata(position: document.metadata.position)
        var notes: [String] = []
        var fallback: [MetadataField] = []
        for field in document.metadata.fields.values.sorted(by: { $0.position < $1.position }) {
            if field.origin == .documentProperties { fallback.append(field); continue }
            guard field.origin == .frontMatter else { metadata.set(field); continue }
            let canonical = MetadataAliases.canonical(key: field.key, value: field.value)
            if let note = canonical.note { notes.append(note) }
            if metadata[canonical.key]?.origin == .frontMatter, canonical.key != field.key { continue }
            metadata.set(MetadataField(key: canonical.key, value: canonical.value, position: field.position))
        }
        let read = IdentityReader.read(document)
        for field in read.fields + fallback where metadata[field.key] == nil {
            metadata.set(field)
        }
        if metadata.enacts == nil, let title = metadata.title, metadata["judul"]?.origin == .frontMatter,
           let kind = metadata.kind, DocumentKind.instruments.contains(kind),
           let about = title.range(of: "tentang", options: .caseInsensitive),
           let plan = PlanKind.named(in: String(title[about.upperBound...])) {
            metadata.set(MetadataField(key: "menetapkan", value: plan, position: metadata["judul"]!.position))
        }
        metadata.understood = notes
        metadata.lampiranStart = read.lampiranStart
        document.metadata = metadata
    }
}
