import Foundation

/// Walks a document's sections and blocks once, in order, and builds its `LegalStructure`.
struct LegalStructureReader {
    let document: Document
    private var structure = LegalStructure()
    private var opening = LegalPreambleReader()
    private var inBody = false
    private var inTail = false
    private var current: Pasal?
    /// The section of an ayat or point written as a heading, and which it is.
    private var headingAyat: Int?
    private var headingPoint: (section: Int, inAyat: Bool)?
    private let plainPasal: Bool

    init(document: Document) {
        self.document = document
        self.plainPasal = !document.sections.contains { LegalHeadingKind(heading: $0.rawHeading).isPasal }
    }

    mutating func read() -> LegalStructure {
        for block in document.preamble { visit(block, in: nil) }
        for section in document.sections {
            visitHeading(section)
            for block in section.blocks { visit(block, in: section.index) }
        }
        closePasal()
        structure.indexPasal()
        opening.read(into: &structure)
        if let title = document.metadata["judul"] {
            structure.judul = LegalText(text: title.value, position: title.position)
        }
        return structure
    }

    // MARK: Headings

    private mutating func visitHeading(_ section: Section) {
        let kind = LegalHeadingKind(heading: section.rawHeading)
        let position = section.position
        // A diktum recovered as a heading ("KEEMPAT") with its text as the blocks under it.
        if !inTail, LegalMarkers.diktumOrdinals.contains(section.rawHeading.trimmingCharacters(in: CharacterSet(charactersIn: " :")).uppercased()) {
            let text = ([section.rawHeading + " :"] + section.blocks.map(\.text)).joined(separator: " ")
            structure.diktum.append(LegalText(text: text, position: position))
        }
        switch kind {
        case .lampiran(let label, let title), .penjelasan(let label, let title):
            closePasal()
            inTail = true
            let isLampiran = if case .lampiran = kind { true } else { false }
            let division = LegalDivision(kind: isLampiran ? .lampiran : .penjelasan, label: label,
                                         number: label.flatMap { LegalNumbers.roman($0) ?? Int($0) },
                                         title: title, position: position, section: section.index)
            if isLampiran { structure.lampiran.append(division) } else if structure.penjelasan == nil { structure.penjelasan = division }
            return
        default:
            break
        }
        if inTail { return }
        switch kind {
        case .bab(let label, let title):
            closePasal()
            inBody = true
            structure.bab.append(LegalDivision(kind: .bab, label: label, number: LegalNumbers.roman(label) ?? Int(label),
                                               title: title, position: position, section: section.index))
        case .bagian(let label, let number, let title), .paragraf(let label, let number, let title):
            closePasal()
            inBody = true
            let isBagian = if case .bagian = kind { true } else { false }
            let division = LegalDivision(kind: isBagian ? .bagian : .paragraf, label: label, number: number,
                                         title: title, position: position, section: section.index)
            if isBagian { structure.bagian.append(division) } else { structure.paragraf.append(division) }
        case .pasal(let label, let number):
            closePasal()
            inBody = true
            startPasal(label: label, number: number, position: position, section: section.index)
        case .ayat(let number) where current != nil:
            headingAyat = section.index
            headingPoint = nil
            current?.ayat.append(Ayat(number: number, text: "", position: position))
        case .point(let label) where current != nil:
            let inAyat = headingAyat.map { document.isInside(section.index, ancestor: $0) } ?? false
            headingPoint = (section.index, inAyat)
            let point = LegalPoint(label: label, text: "", position: position)
            if inAyat, let last = current?.ayat.indices.last { current?.ayat[last].points.append(point) } else { current?.points.append(point) }
        default:
            if let pasalSection = current?.section, document.isInside(section.index, ancestor: pasalSection) { return }
            if inBody {
                closePasal()
            } else {
                opening.pieces.append(.heading(section.rawHeading, position))
            }
        }
    }

    // MARK: Blocks

    private mutating func visit(_ block: Block, in section: Int?) {
        if inTail { return }
        // A Lampiran caption written as lines, not as a heading ("LAMPIRAN" / "PERATURAN WALI KOTA …"),
        // where the identity reader found the Lampiran to start.
        if let start = document.metadata.lampiranStart, block.position.line == start.line,
           block.position.page == start.page,
           case .lampiran(let label, let title) = LegalHeadingKind(heading: block.text.prefix { $0 != "\n" }.description) {
            closePasal()
            inTail = true
            structure.lampiran.append(LegalDivision(kind: .lampiran, label: label,
                                                    number: label.flatMap { LegalNumbers.roman($0) ?? Int($0) },
                                                    title: title, position: block.position,
                                                    section: section ?? document.sections.firstIndex { $0.position.line > block.position.line }
                                                        ?? document.sections.count))
            return
        }
        if LegalMarkers.isDiktum(block.text) {
            structure.diktum.append(LegalText(text: block.text, position: block.position))
        }
        if plainPasal, let (label, number) = Self.plainPasalNumber(block) {
            closePasal()
            inBody = true
            startPasal(label: label, number: number, position: block.position, section: nil)
            return
        }
        if plainPasal, let (label, number, rest) = Self.plainPasalFirstLine(block) {
            closePasal()
            inBody = true
            startPasal(label: label, number: number, position: block.position, section: nil)
            addToPasal(rest, in: section)
            return
        }
        guard inBody else {
            if block.kind == .list {
                for item in block.items { opening.pieces.append(.item(LegalText(text: item.text, position: item.position))) }
            } else {
                opening.pieces.append(.block(LegalText(text: block.text, position: block.position)))
            }
            return
        }
        if Self.isClosing(block.text) || (current == nil && !structure.closing.isEmpty) {
            closePasal()
            structure.closing.append(LegalText(text: block.text, position: block.position))
            return
        }
        guard current != nil else {
            if let last = structure.bab.indices.last, structure.bab[last].title.isEmpty,
               structure.bab[last].section == section, block.text == block.text.uppercased() {
                structure.bab[last].title = block.text
            }
            return
        }
        addToPasal(block, in: section)
    }

    private mutating func addToPasal(_ block: Block, in section: Int?) {
        let pieces = block.kind == .list ? block.items.map { LegalText(text: $0.text, position: $0.position) }
                                         : [LegalText(text: block.text, position: block.position)]
        current?.pieces.append(contentsOf: pieces)
        if let point = headingPoint, let section, document.isInside(section, ancestor: point.section), var pasal = current {
            let text = pieces.map(\.text).joined(separator: " ")
            if point.inAyat, let last = pasal.ayat.indices.last, let p = pasal.ayat[last].points.indices.last {
                Self.append(text, to: &pasal.ayat[last].points[p].text)
            } else if let p = pasal.points.indices.last {
                Self.append(text, to: &pasal.points[p].text)
            }
            current = pasal
            return
        }
        headingPoint = nil
        let inHeadingAyat = headingAyat.flatMap { ayatSection in section.map { document.isInside($0, ancestor: ayatSection) } } ?? false
        if block.kind == .list {
            for piece in pieces { addPointItem(piece) }
            return
        }
        if inHeadingAyat, let last = current?.ayat.indices.last {
            appendText(block.text, position: block.position, toAyat: last)
            return
        }
        let split = LegalMarkers.split(block.text, style: .ayat, next: (current?.ayat.last?.number ?? 0) + 1, anyFirst: true)
        if !split.lead.isEmpty {
            if let last = current?.ayat.indices.last {
                appendText(String(split.lead), position: block.position, toAyat: last)
            } else {
                var points = current?.points ?? []
                Self.appendPoints(from: String(split.lead), position: block.position, to: &points)
                current?.points = points
            }
        }
        for part in split.parts {
            current?.ayat.append(Ayat(number: part.value, text: "", position: block.position))
            appendText(String(part.text), position: block.position, toAyat: current!.ayat.count - 1)
        }
    }

    private mutating func appendText(_ text: String, position: SourcePosition, toAyat index: Int) {
        guard var ayat = current?.ayat[index] else { return }
        Self.append(text, to: &ayat.text)
        Self.appendPoints(from: text, position: position, to: &ayat.points)
        current?.ayat[index] = ayat
    }

    /// A list item becomes a point of the last ayat, else of the Pasal.
    private mutating func addPointItem(_ item: LegalText) {
        guard var pasal = current else { return }
        func add(to points: inout [LegalPoint]) {
            if let marker = LegalMarkers.leadingMarker(item.text) {
                points.append(LegalPoint(label: marker.label, text: String(marker.rest), position: item.position))
            } else {
                let style: LegalMarkers.Style = points.last.flatMap { $0.label }.map { Int($0) == nil ? .letter : .number } ?? .number
                points.append(LegalPoint(label: LegalMarkers.label(Self.value(of: points.last) + 1, style: style),
                                         text: item.text, position: item.position))
            }
        }
        if let last = pasal.ayat.indices.last { add(to: &pasal.ayat[last].points) } else { add(to: &pasal.points) }
        current = pasal
    }

    /// Appends the huruf (else angka) points found in running text, continuing earlier points.
    static func appendPoints(from text: String, position: SourcePosition, to points: inout [LegalPoint]) {
        let styles: [LegalMarkers.Style]
        if let label = points.last?.label { styles = [Int(label) == nil ? .letter : .number] } else { styles = [.letter, .number] }
        for style in styles {
            let split = LegalMarkers.split(text, style: style, next: value(of: points.last) + 1)
            guard !split.parts.isEmpty else { continue }
            if !split.lead.isEmpty, let last = points.indices.last { points[last].text += " " + split.lead }
            for part in split.parts {
                points.append(LegalPoint(label: part.label, text: String(part.text), position: position))
            }
            return
        }
        if let last = points.indices.last { points[last].text += " " + text }
    }

    static func append(_ text: String, to existing: inout String) {
        existing += (existing.isEmpty ? "" : " ") + text
    }

    private static func value(of point: LegalPoint?) -> Int {
        guard let label = point?.label else { return 0 }
        if let number = Int(label) { return number }
        guard let scalar = label.unicodeScalars.first, label.count == 1 else { return 0 }
        return Int(scalar.value) - 96
    }

    // MARK: Pasal

    private mutating func startPasal(label: String, number: Int, position: SourcePosition, section: Int?) {
        current = Pasal(label: label, number: number, position: position, section: section,
                        bab: structure.bab.isEmpty ? nil : structure.bab.count - 1)
        headingAyat = nil
        headingPoint = nil
    }

    private mutating func closePasal() {
        if let current { structure.pasal.append(current) }
        current = nil
        headingAyat = nil
        headingPoint = nil
    }

    /// "Pasal 5" written alone as a paragraph.
    /// A paragraph that opens with "Pasal n" and goes on with its text (a source without blank
    /// lines between the number and the content): "Pasal 3\n(1) …" or "Pasal 1 Dalam …". The
    /// number must be followed by a line break, a capital letter or an ayat "(1)", so a sentence
    /// such as "Pasal 5 ayat (2) …" is not taken for a Pasal. The Pasal and the rest are returned.
    static func plainPasalFirstLine(_ block: Block) -> (String, Int, Block)? {
        guard block.kind == .paragraph, block.text.hasPrefix("Pasal "),
              let regex = try? NSRegularExpression(pattern: "^(Pasal [0-9]+[A-Z]?)(?:[ \\t]*\\n|[ \\t]+(?=[A-Z(]))",
                                                   options: []) else { return nil }
        let text = block.text as NSString
        guard let match = regex.firstMatch(in: block.text, range: NSRange(location: 0, length: text.length)),
              case .pasal(let label, let number) = LegalHeadingKind(heading: text.substring(with: match.range(at: 1))) else { return nil }
        let rest = text.substring(from: match.range.location + match.range.length)
        guard !rest.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let newline = text.substring(with: match.range).contains("\n")
        let position = newline ? SourcePosition(line: block.position.line + 1, column: 1) : block.position
        return (label, number, Block(kind: .paragraph, text: rest, position: position))
    }

    static func plainPasalNumber(_ block: Block) -> (String, Int)? {
        guard block.kind == .paragraph, block.text.count <= 12,
              case .pasal(let label, let number) = LegalHeadingKind(heading: block.text) else { return nil }
        return (label, number)
    }

    static func isClosing(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("ditetapkan di") || lower.hasPrefix("diundangkan di")
    }
}
