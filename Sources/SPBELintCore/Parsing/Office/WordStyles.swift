import Foundation

/// The paragraph styles of a `.docx` (`styles.xml`): which make headings, at which level, and which
/// carry list numbering, following `w:basedOn` chains.
struct WordStyles {
    struct Style {
        var name: String
        var basedOn: String?
        /// `w:outlineLvl` of the style itself (0-based; 9 means body text).
        var outlineLevel: Int?
        var numbering: WordNumberingReference?
    }

    private(set) var styles: [String: Style] = [:]
    /// The style paragraphs without `w:pStyle` use.
    private(set) var defaultStyle: String?

    init(part: OfficeXMLPart?) {
        guard let root = part?.root else { return }
        for element in root.elements("style") where element.value("type") == "paragraph" {
            guard let id = element.value("styleId") else { continue }
            let properties = element.firstElement("pPr")
            styles[id] = Style(name: element.childValue("name") ?? id,
                               basedOn: element.childValue("basedOn"),
                               outlineLevel: properties?.childValue("outlineLvl").flatMap { Int($0) },
                               numbering: properties?.firstElement("numPr").map(WordNumberingReference.init))
            if element.value("default") == "1" || element.value("default") == "true" { defaultStyle = id }
        }
    }

    /// The heading level (1-9) a style gives, from its own outline level or name, else its base's.
    func headingLevel(of styleID: String?) -> Int? {
        for style in chain(from: styleID) {
            if let outline = style.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
            if let level = Self.headingLevel(named: style.name) { return level }
        }
        return nil
    }

    /// The list numbering a style gives (its own `w:numPr`, else its base's).
    func numbering(of styleID: String?) -> WordNumberingReference? {
        for style in chain(from: styleID) {
            if let numbering = style.numbering { return numbering }
        }
        return nil
    }

    /// Whether the style is the document title ("Title", Indonesian "Judul") or a base of it.
    func isTitle(_ styleID: String?) -> Bool {
        chain(from: styleID).contains { ["title", "judul"].contains(Self.folded($0.name)) }
    }

    /// Whether the style is a table-of-contents entry ("toc 1", "Daftar Isi 1", "TOC Heading").
    func isTableOfContents(_ styleID: String?) -> Bool {
        guard let style = chain(from: styleID).first else { return false }
        let name = Self.folded(style.name)
        return name.hasPrefix("toc ") || name == "toc heading" || name.hasPrefix("daftar isi")
    }

    /// "heading 3", "Heading 3", "Judul 3" (Indonesian Word), also without the space.
    static func headingLevel(named name: String) -> Int? {
        let folded = folded(name).replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "judul"] where folded.hasPrefix(prefix) {
            if let level = Int(folded.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }

    /// The style and its bases, nearest first (cycles and over-long chains cut).
    private func chain(from styleID: String?) -> [Style] {
        var result: [Style] = []
        var seen = Set<String>()
        var current = styleID ?? defaultStyle
        while let id = current, result.count < 16, seen.insert(id).inserted, let style = styles[id] {
            result.append(style)
            current = style.basedOn
        }
        return result
    }

    private static func folded(_ name: String) -> String {
        name.lowercased().trimmingCharacters(in: .whitespaces)
    }
}

/// A `w:numPr`: which list (`w:numId`) and level (`w:ilvl`) a paragraph belongs to.
struct WordNumberingReference {
    var numID: String?
    var level: Int?

    init(_ element: XMLNodeRef) {
        numID = element.childValue("numId")
        level = element.childValue("ilvl").flatMap { Int($0) }
    }

    init(numID: String?, level: Int?) {
        self.numID = numID
        self.level = level
    }

    /// A paragraph's own `w:numPr` over its style's, field by field; `numId` 0 removes numbering.
    func over(_ base: WordNumberingReference?) -> WordNumberingReference {
        WordNumberingReference(numID: numID ?? base?.numID, level: level ?? base?.level)
    }

    var isNumbered: Bool { numID != nil && numID != "0" }
}
