/// The paragraph styles, chapter (outline) numbering and list styles of an `.odt`, from the
/// automatic styles of `content.xml` and the named styles of `styles.xml`.
struct OpenDocumentStyles {
    struct Style {
        var displayName: String
        var parent: String?
        var outlineLevel: Int?
        var listStyle: String?
    }

    /// One level of a numbered or bulleted list (or of the outline).
    struct ListLevel {
        var format = ListNumberFormat.decimal
        var prefix = ""
        var suffix = ""
        var displayLevels = 1
        var start = 1
    }

    private var styles: [String: Style] = [:]
    /// List styles by name: levels 1…10.
    private(set) var lists: [String: [Int: ListLevel]] = [:]
    /// Chapter numbering of headings (`text:outline-style`), by level.
    private(set) var outline: [Int: ListLevel] = [:]

    init(content: XMLNodeRef, styles stylesRoot: XMLNodeRef?) {
        for container in [stylesRoot?.firstElement("styles"), stylesRoot?.firstElement("automatic-styles"),
                          content.firstElement("automatic-styles")].compactMap({ $0 }) {
            for element in container.elements {
                switch element.localName {
                case "style" where element.value("family") == "paragraph":
                    guard let name = element.value("name") else { continue }
                    styles[name] = Style(displayName: element.value("display-name") ?? name.replacingOccurrences(of: "_20_", with: " "),
                                         parent: element.value("parent-style-name"),
                                         outlineLevel: element.value("default-outline-level").flatMap { Int($0) },
                                         listStyle: element.value("list-style-name"))
                case "list-style":
                    guard let name = element.value("name") else { continue }
                    lists[name] = Self.levels(of: element)
                case "outline-style":
                    outline = Self.levels(of: element)
                default:
                    break
                }
            }
        }
    }

    private static func levels(of element: XMLNodeRef) -> [Int: ListLevel] {
        var levels: [Int: ListLevel] = [:]
        for level in element.elements {
            guard let index = level.value("level").flatMap({ Int($0) }) else { continue }
            let bullet = level.localName == "list-level-style-bullet"
            levels[index] = ListLevel(format: bullet ? .bullet : ListNumberFormat(odf: level.value("num-format")),
                                      prefix: level.value("num-prefix") ?? "", suffix: level.value("num-suffix") ?? "",
                                      displayLevels: level.value("display-levels").flatMap { Int($0) } ?? 1,
                                      start: ListNumberFormat.counter(level.value("start-value"), default: 1))
        }
        return levels
    }

    /// The heading level a paragraph style gives (outline level or a "Heading N"/"Judul N" name).
    func headingLevel(of name: String?) -> Int? {
        for style in chain(from: name) {
            if let level = style.outlineLevel { return (1...10).contains(level) ? level : nil }
            if let level = WordStyles.headingLevel(named: style.displayName) { return level }
        }
        return nil
    }

    func isTitle(_ name: String?) -> Bool {
        chain(from: name).contains { ["title", "judul"].contains($0.displayName.lowercased()) }
    }

    /// The list style a paragraph style attaches, if any.
    func listStyle(of name: String?) -> String? {
        chain(from: name).lazy.compactMap(\.listStyle).first
    }

    private func chain(from name: String?) -> [Style] {
        var result: [Style] = []
        var seen = Set<String>()
        var current = name
        while let id = current, result.count < 16, seen.insert(id).inserted, let style = styles[id] {
            result.append(style)
            current = style.parent
        }
        return result
    }

    /// The label of a counter path (counters of levels 1…n) under a level definition.
    static func label(_ counters: [Int], levels: [Int: ListLevel]) -> String {
        let depth = counters.count
        guard let level = levels[depth] else { return "" }
        if level.format == .bullet { return "" }
        let shown = max(1, min(level.displayLevels, depth))
        let numbers = (depth - shown + 1...depth).map { index in
            (levels[index]?.format ?? .decimal).render(counters[index - 1])
        }.filter { !$0.isEmpty }
        guard !numbers.isEmpty else { return "" }
        return (level.prefix + numbers.joined(separator: ".") + level.suffix).trimmingCharacters(in: .whitespaces)
    }
}
