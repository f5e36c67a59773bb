/// A division of a statute that is not a Pasal: BAB, Bagian, Paragraf, Lampiran or Penjelasan.
public struct LegalDivision: Sendable, Hashable {
    /// Which division this is.
    public enum Kind: String, Sendable, Hashable {
        case bab, bagian, paragraf, lampiran, penjelasan
    }

    public var kind: Kind
    /// The number as written: "IV", "Kesatu", "2"; nil when there is none ("LAMPIRAN" alone).
    public var label: String?
    /// The number as an integer (roman numerals and ordinal words read), when it can be read.
    public var number: Int?
    /// The heading without its kind and number.
    public var title: String
    public var position: SourcePosition
    /// The section it was read from (index in `Document.sections`).
    public var section: Int

    public init(kind: Kind, label: String?, number: Int?, title: String, position: SourcePosition, section: Int) {
        self.kind = kind
        self.label = label
        self.number = number
        self.title = title
        self.position = position
        self.section = section
    }
}
