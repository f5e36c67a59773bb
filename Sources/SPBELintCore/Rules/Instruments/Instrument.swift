/// A regulation a rule may require a document to cite or follow, with the date it came into force.
public struct Instrument: Sendable, Hashable {
    /// Stable id used by `requires:` in rule files, for example `perpres-132-2022`.
    public var id: String
    /// The short name used in citations, for example "Perpres 132/2022".
    public var name: String
    /// The full title, for example "Peraturan Presiden Nomor 132 Tahun 2022 tentang Arsitektur SPBE Nasional".
    public var title: String
    /// The first day a document can be asked to follow it.
    public var inForce: CalendarDate
    /// The id of the instrument that revoked it, when one did.
    public var revokedBy: String?
    /// How sure the project is of the date: read in the text, or from secondary sources.
    public var confidence: Confidence
    /// Where the date comes from.
    public var note: String?

    public init(id: String, name: String, title: String, inForce: CalendarDate, revokedBy: String? = nil,
                confidence: Confidence = .confirmed, note: String? = nil) {
        self.id = id
        self.name = name
        self.title = title
        self.inForce = inForce
        self.revokedBy = revokedBy
        self.confidence = confidence
        self.note = note
    }

    /// Whether a document dated `date` was made before this instrument was in force.
    public func postdates(_ date: CalendarDate) -> Bool { date < inForce }
}
