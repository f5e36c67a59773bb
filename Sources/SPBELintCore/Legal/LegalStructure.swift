/// The legal structure of a statute or a Perkada draft, read from a parsed `Document` of any format:
/// judul, Menimbang, Mengingat, Menetapkan, BAB, Bagian, Paragraf, Pasal with ayat and points,
/// Lampiran and Penjelasan, each with its source position.
///
/// The body ends at the first heading starting with "LAMPIRAN" or "PENJELASAN"; Pasal and BAB after
/// it are not counted. Pasal are headings "Pasal n"; when a document has none, paragraphs holding
/// only "Pasal n" are read instead. Ayat are sections headed "(n)" or text starting with "(n)".
public struct LegalStructure: Sendable {
    /// The title of the instrument: metadata `judul`, else the opening line naming it.
    public var judul: LegalText?
    /// The Menimbang points (huruf a, b, …) and where "Menimbang" is written.
    public var menimbang: [LegalPoint] = []
    public var menimbangPosition: SourcePosition?
    /// The Mengingat points (angka 1, 2, …) and where "Mengingat" is written.
    public var mengingat: [LegalPoint] = []
    public var mengingatPosition: SourcePosition?
    /// The text after "Menetapkan" and where it is written.
    public var menetapkan: LegalText?
    public var menetapkanPosition: SourcePosition?
    public var bab: [LegalDivision] = []
    public var bagian: [LegalDivision] = []
    public var paragraf: [LegalDivision] = []
    public var pasal: [Pasal] = []
    public var lampiran: [LegalDivision] = []
    public var penjelasan: LegalDivision?
    /// Closing lines of the body ("Ditetapkan di …", "Diundangkan di …").
    public var closing: [LegalText] = []
    /// The diktum of a Keputusan ("KESATU : …", "KEDUA : …"), each the block it starts, before any Lampiran.
    public var diktum: [LegalText] = []

    /// Reads the structure of a document; the document is not read again afterwards.
    public init(document: Document) {
        var reader = LegalStructureReader(document: document)
        self = reader.read()
    }

    init() {}

    /// The first Pasal with this label ("5", "5A").
    public func pasal(_ label: String) -> Pasal? {
        if let at = pasalByLabel[label], at < pasal.count, pasal[at].label == label { return pasal[at] }
        return pasal.first { $0.label == label }
    }

    /// The index of the first Pasal with each label, filled when the structure is read (a lookup
    /// it does not answer falls back to a scan, so a structure changed afterwards stays correct).
    var pasalByLabel: [String: Int] = [:]

    mutating func indexPasal() {
        pasalByLabel = [:]
        for (at, found) in pasal.enumerated() where pasalByLabel[found.label] == nil { pasalByLabel[found.label] = at }
    }

    /// The Lampiran with this roman or arabic label; an unnumbered single Lampiran answers to "I".
    public func lampiran(_ label: String?) -> LegalDivision? {
        guard let label else { return lampiran.first }
        let wanted = LegalNumbers.roman(label) ?? Int(label)
        if let found = lampiran.first(where: { $0.label?.uppercased() == label.uppercased() || ($0.number != nil && $0.number == wanted) }) {
            return found
        }
        return lampiran.count == 1 && lampiran[0].label == nil && wanted == 1 ? lampiran[0] : nil
    }
}
