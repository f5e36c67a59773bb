import Foundation

/// Document properties of Word (`docProps/core.xml`, `docProps/custom.xml`) and OpenDocument
/// (`meta.xml`) files as metadata fields: custom ones as the author's own (origin `frontMatter`),
/// core ones marked `documentProperties`.
///
/// Custom properties named like front-matter keys (`jenis`, `tingkat`, `periode`, …) are the
/// author's explicit metadata. Core properties (title, creator, dates) are only a fallback: the
/// title fills `judul` when the text says nothing, the others are kept under their own keys.
enum OfficeProperties {
    /// The keys a custom property may set, as in Markdown front matter.
    static let metadataKeys: Set<String> = ["judul", "jenis", "instansi", "tingkat", "periode", "status",
                                            "penetapan", "tanggal-penetapan", "profil"]

    /// Word custom properties (`op:property name="…"` with a `vt:*` value).
    static func custom(_ part: OfficeXMLPart?) -> [MetadataField] {
        (part?.root.elements("property") ?? []).compactMap { property in
            field(name: property.value("name"), value: property.elements.first?.rawText)
        }
    }

    /// OpenDocument user-defined fields (`meta:user-defined meta:name="…"`).
    static func userDefined(_ meta: XMLNodeRef?) -> [MetadataField] {
        (meta?.elements("user-defined") ?? []).compactMap { field(name: $0.value("name"), value: $0.rawText) }
    }

    /// Core properties: `dc:title` → `judul`, `dc:creator` → `penyusun`, created and modified dates
    /// → `tanggal-dibuat`, `tanggal-diubah` (YYYY-MM-DD). `meta` is the element holding them.
    static func core(_ meta: XMLNodeRef?) -> [MetadataField] {
        guard let meta else { return [] }
        let pairs: [(String, String)] = [("title", "judul"), ("creator", "penyusun"), ("initial-creator", "penyusun"),
                                         ("created", "tanggal-dibuat"), ("creation-date", "tanggal-dibuat"),
                                         ("modified", "tanggal-diubah"), ("date", "tanggal-diubah")]
        var fields: [MetadataField] = []
        for (element, key) in pairs where !fields.contains(where: { $0.key == key }) {
            guard var value = meta.firstElement(element)?.rawText.trimmingCharacters(in: .whitespacesAndNewlines),
                  !value.isEmpty else { continue }
            if key.hasPrefix("tanggal") { value = String(value.prefix(10)) }
            fields.append(MetadataField(key: key, value: value, position: SourcePosition(paragraph: 1),
                                        origin: .documentProperties))
        }
        return fields
    }

    private static func field(name: String?, value: String?) -> MetadataField? {
        guard let key = name?.trimmingCharacters(in: .whitespaces).lowercased(), metadataKeys.contains(key),
              let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return MetadataField(key: key, value: value, position: SourcePosition(paragraph: 1))
    }
}
