/// Reads the opening of a statute (before the first BAB or Pasal): judul, Menimbang, Mengingat
/// and Menetapkan, whether they are headings, paragraphs starting with the keyword, or list items.
struct LegalPreambleReader {
    /// The parts of the opening that have a keyword.
    enum Zone: String {
        case menimbang, mengingat, memperhatikan, memutuskan, menetapkan
    }

    /// One thing met in the opening, in document order.
    enum Piece {
        case heading(String, SourcePosition)
        case block(LegalText)
        case item(LegalText)
    }

    var pieces: [Piece] = []

    /// The zone a keyword at the start of a text opens, and the text after the keyword and its colon.
    static func zone(startingIn text: String) -> (Zone, Substring)? {
        let tokens = LegalMarkers.tokens(text)
        guard let first = tokens.first else { return nil }
        let word = first.legalTrimmed(":").lowercased()
        guard let zone = Zone(rawValue: word) else { return nil }
        var rest = text[first.endIndex...].legalTrimmed(" \t\n\r")
        if rest.first == ":" { rest = rest.dropFirst().legalTrimmed(" \t\n\r") }
        return (zone, rest)
    }

    func read(into structure: inout LegalStructure) {
        var current: Zone?
        var collected: [Zone: [(LegalText, Bool)]] = [:]
        for piece in pieces {
            switch piece {
            case .heading(let heading, let position):
                if let (zone, _) = Self.zone(startingIn: heading) {
                    current = zone
                    record(zone, at: position, in: &structure)
                } else if structure.judul == nil, Self.looksLikeTitle(heading) {
                    structure.judul = LegalText(text: heading, position: position)
                }
            case .block(let text), .item(let text):
                let isItem = if case .item = piece { true } else { false }
                if !isItem, let (zone, rest) = Self.zone(startingIn: text.text) {
                    current = zone
                    record(zone, at: text.position, in: &structure)
                    if !rest.isEmpty { collected[zone, default: []].append((LegalText(text: String(rest), position: text.position), false)) }
                } else if let current {
                    collected[current, default: []].append((text, isItem))
                } else if structure.judul == nil, Self.looksLikeTitle(text.text) {
                    structure.judul = text
                }
            }
        }
        structure.menimbang = Self.points(collected[.menimbang] ?? [], style: .letter)
        structure.mengingat = Self.points(collected[.mengingat] ?? [], style: .number)
        if let enacting = collected[.menetapkan], let first = enacting.first {
            structure.menetapkan = LegalText(text: enacting.map(\.0.text).joined(separator: " "), position: first.0.position)
        }
    }

    private func record(_ zone: Zone, at position: SourcePosition, in structure: inout LegalStructure) {
        switch zone {
        case .menimbang: structure.menimbangPosition = structure.menimbangPosition ?? position
        case .mengingat: structure.mengingatPosition = structure.mengingatPosition ?? position
        case .menetapkan: structure.menetapkanPosition = structure.menetapkanPosition ?? position
        case .memperhatikan, .memutuskan: break
        }
    }

    /// Whether an opening line names the instrument ("PERATURAN WALI KOTA …", "UNDANG-UNDANG …").
    static func looksLikeTitle(_ text: String) -> Bool {
        let upper = text.uppercased()
        return ["PERATURAN ", "UNDANG-UNDANG ", "KEPUTUSAN ", "QANUN ", "INSTRUKSI "].contains { upper.hasPrefix($0) }
    }

    /// Where a piece of a text starts: the text's line plus the line breaks before the piece (a
    /// paragraph keeps its soft line breaks), so each point of "Mengingat: 1. … 2. …" has its own line.
    static func position(of piece: Substring, in text: LegalText) -> SourcePosition {
        guard piece.startIndex >= text.text.startIndex, piece.startIndex <= text.text.endIndex else { return text.position }
        let breaks = text.text[..<piece.startIndex].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        return breaks == 0 ? text.position : SourcePosition(line: text.position.line + breaks, column: 1)
    }

    /// Points of a zone: list items one each, running text split at its markers.
    static func points(_ texts: [(LegalText, Bool)], style: LegalMarkers.Style) -> [LegalPoint] {
        var points: [LegalPoint] = []
        var nextValue = 1
        for (text, isItem) in texts {
            if isItem {
                if let marker = LegalMarkers.leadingMarker(text.text) {
                    points.append(LegalPoint(label: marker.label, text: String(marker.rest), position: text.position))
                    nextValue = marker.value + 1
                } else {
                    points.append(LegalPoint(label: LegalMarkers.label(nextValue, style: style), text: text.text,
                                             position: text.position))
                    nextValue += 1
                }
                continue
            }
            let split = LegalMarkers.split(text.text, style: style, next: nextValue)
            if !split.lead.isEmpty {
                if let last = points.indices.last {
                    points[last].text += " " + split.lead
                } else {
                    points.append(LegalPoint(label: nil, text: String(split.lead), position: text.position))
                }
            }
            for part in split.parts {
                points.append(LegalPoint(label: part.label, text: String(part.text), position: Self.position(of: part.text, in: text)))
                nextValue = part.value + 1
            }
        }
        return points
    }
}
