/// An article (Pasal) of a statute with its ayat, its points and its text.
public struct Pasal: Sendable, Hashable {
    /// The number as written, suffix included ("5", "5A").
    public var label: String
    /// The leading integer of the number (5 for "5A").
    public var number: Int
    public var position: SourcePosition
    /// The section it was read from, or nil for a Pasal written as a plain paragraph.
    public var section: Int?
    /// The ayat "(1)", "(2)", … in order of appearance.
    public var ayat: [Ayat]
    /// Huruf or angka points outside any ayat.
    public var points: [LegalPoint]
    /// The Pasal's text pieces (blocks, list items, ayat) with their positions.
    public var pieces: [LegalText]
    /// The BAB holding it (index in `LegalStructure.bab`), if any.
    public var bab: Int?

    public init(label: String, number: Int, position: SourcePosition, section: Int?, ayat: [Ayat] = [],
                points: [LegalPoint] = [], pieces: [LegalText] = [], bab: Int? = nil) {
        self.label = label
        self.number = number
        self.position = position
        self.section = section
        self.ayat = ayat
        self.points = points
        self.pieces = pieces
        self.bab = bab
    }

    /// The whole text of the Pasal, pieces joined by newlines.
    public var text: String { pieces.map(\.text).joined(separator: "\n") }

    /// The first ayat with this number.
    public func ayat(_ number: Int) -> Ayat? { ayat.first { $0.number == number } }

    /// Whether the Pasal has a point with this label, outside or inside any ayat.
    public func hasPoint(_ label: String) -> Bool {
        points.contains { $0.label == label } || ayat.contains { $0.points.contains { $0.label == label } }
    }
}

/// A numbered paragraph (ayat) "(n)" of a Pasal, with its huruf or angka points.
public struct Ayat: Sendable, Hashable {
    public var number: Int
    /// The ayat's text without its "(n)" marker.
    public var text: String
    public var position: SourcePosition
    public var points: [LegalPoint]

    public init(number: Int, text: String, position: SourcePosition, points: [LegalPoint] = []) {
        self.number = number
        self.text = text
        self.position = position
        self.points = points
    }
}
