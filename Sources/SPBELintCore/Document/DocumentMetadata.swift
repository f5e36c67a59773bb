/// The identity of a document: kind, institution, level, period, status and enactment.
///
/// Keys are the canonical Indonesian names used in Markdown front matter and in the XML
/// vocabulary: `judul`, `jenis`, `instansi`, `tingkat`, `periode`, `status`, `penetapan`,
/// `tanggal-penetapan`, `profil`. Other keys are kept as written.
public struct DocumentMetadata: Sendable {
    public private(set) var fields: [String: MetadataField] = [:]
    /// Where the metadata block starts (front matter or the XML metadata element), if any.
    public var position: SourcePosition?
    /// Front-matter spellings that were read as canonical ones ("kind: master-plan → jenis: rencana-induk").
    public var understood: [String] = []
    /// Where the Lampiran starts, when the text has one after its signature block.
    public var lampiranStart: SourcePosition?

    public init(fields: [MetadataField] = [], position: SourcePosition? = nil) {
        for field in fields { self.fields[field.key] = field }
        self.position = position
    }

    public subscript(key: String) -> MetadataField? { fields[key] }

    public mutating func set(_ field: MetadataField) { fields[field.key] = field }

    public var title: String? { fields["judul"]?.value }
    public var kind: String? { fields["jenis"]?.value }
    public var institution: String? { fields["instansi"]?.value }
    public var level: String? { fields["tingkat"]?.value }
    public var status: String? { fields["status"]?.value }
    /// The plan a Perkada or Keputusan enacts as its Lampiran (`rencana-induk`, `arsitektur`, `peta-rencana`).
    public var enacts: String? { fields["menetapkan"]?.value }
    /// The instrument's number ("34", "188.45/1589/HK/2019").
    public var number: String? { fields["nomor"]?.value }

    /// The planning period parsed from `periode` ("2025-2029", "2025 – 2029", "2025 s.d. 2029").
    public var period: Period? { fields["periode"].flatMap { Period(parsing: $0.value) } }

    /// The enactment date (`tanggal-penetapan`, ISO `YYYY-MM-DD`), when stated.
    public var enactmentDate: CalendarDate? { fields["tanggal-penetapan"].flatMap { CalendarDate(iso: $0.value) } }

    /// The year that decides which instruments a document can be asked to follow: the year of its
    /// enactment date, else the first year of its period, else nil (unknown: every instrument applies).
    public var referenceYear: Int? { enactmentDate?.year ?? period?.start }

    /// The profile: an explicit `profil`, else derived from `tingkat`.
    public var profile: Profile {
        let explicit = Profile(level: fields["profil"]?.value)
        return explicit != .unknown ? explicit : Profile(level: level)
    }
}
