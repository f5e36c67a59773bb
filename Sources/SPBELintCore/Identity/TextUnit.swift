/// A heading or block text of a document with its position, in document order: what the
/// identity reader scans (title block, signature block, Lampiran start).
struct TextUnit {
    var text: String
    var position: SourcePosition
    /// Whether the unit is a section heading (else a block of the preamble or of a section).
    var isHeading: Bool
}

extension Document {
    /// Headings and blocks in document order, preamble first.
    func textUnits() -> [TextUnit] {
        var units: [TextUnit] = preamble.map { TextUnit(text: $0.text, position: $0.position, isHeading: false) }
        for section in sections {
            units.append(TextUnit(text: section.rawHeading, position: section.position, isHeading: true))
            units += section.blocks.map { TextUnit(text: $0.text, position: $0.position, isHeading: false) }
        }
        return units
    }
}
