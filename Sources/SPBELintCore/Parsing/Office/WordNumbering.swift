/// The list definitions of a `.docx` (`numbering.xml`) and the running counters that turn a
/// paragraph's `w:numPr` into the label Word shows ("BAB I", "1.1", "A.").
struct WordNumbering {
    struct Level {
        var start = 1
        var format = ListNumberFormat.decimal
        /// The template, `%1`…`%9` standing for the counters of levels 1…9 ("BAB %1", "%1.%2").
        var text = ""
        /// `w:isLgl`: show every counter as decimal ("1.1" under a Roman chapter).
        var legal = false
        /// The paragraph style this level is linked to (`w:pStyle`).
        var style: String?
    }

    /// An abstract list: levels by `w:ilvl`.
    private var abstracts: [String: [Int: Level]] = [:]
    /// `w:num` → its abstract list and per-level start overrides.
    private var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// Counters per abstract list (instances of one abstract list continue each other).
    private var counters: [String: [Int: Int]] = [:]
    /// Instances whose start overrides were applied.
    private var started = Set<String>()

    init(part: OfficeXMLPart?) {
        guard let root = part?.root else { return }
        for abstract in root.elements("abstractNum") {
            guard let id = abstract.value("abstractNumId") else { continue }
            abstracts[id] = Self.levels(of: abstract)
        }
        for instance in root.elements("num") {
            guard let id = instance.value("numId"), let abstract = instance.childValue("abstractNumId") else { continue }
            var starts: [Int: Int] = [:]
            for override in instance.elements("lvlOverride") {
                guard let level = override.value("ilvl").flatMap({ Int($0) }) else { continue }
                if let start = override.childValue("startOverride") {
                    starts[level] = ListNumberFormat.counter(start, default: 1)
                }
                if let redefined = override.firstElement("lvl") {
                    var levels = abstracts["\(abstract)#\(id)"] ?? abstracts[abstract] ?? [:]
                    levels[level] = Self.level(redefined)
                    abstracts["\(abstract)#\(id)"] = levels
                }
            }
            let key = abstracts["\(abstract)#\(id)"] != nil ? "\(abstract)#\(id)" : abstract
            instances[id] = (key, starts)
        }
    }

    private static func levels(of abstract: XMLNodeRef) -> [Int: Level] {
        var levels: [Int: Level] = [:]
        for element in abstract.elements("lvl") {
            guard let index = element.value("ilvl").flatMap({ Int($0) }) else { continue }
            levels[index] = level(element)
        }
        return levels
    }

    private static func level(_ element: XMLNodeRef) -> Level {
        Level(start: ListNumberFormat.counter(element.childValue("start"), default: 1),
              format: ListNumberFormat(word: element.childValue("numFmt")),
              text: element.childValue("lvlText") ?? "",
              legal: element.firstElement("isLgl").map { $0.value("val") != "0" && $0.value("val") != "false" } ?? false,
              style: element.childValue("pStyle"))
    }

    /// Whether a reference points at a list that exists.
    func knows(_ reference: WordNumberingReference) -> Bool {
        reference.numID.flatMap { instances[$0] } != nil
    }

    /// The level a style is linked to in a list, for heading styles whose `w:numPr` gives no `w:ilvl`.
    func level(linkedTo style: String?, in numID: String?) -> Int? {
        guard let style, let numID, let instance = instances[numID] else { return nil }
        return abstracts[instance.abstract]?.first { $0.value.style == style }?.key
    }

    /// Counts one more paragraph of a list level and returns its label ("" for bullets); nil when
    /// the list is not defined.
    mutating func next(_ reference: WordNumberingReference) -> String? {
        guard let numID = reference.numID, let instance = instances[numID],
              let levels = abstracts[instance.abstract] else { return nil }
        let level = min(max(reference.level ?? 0, 0), 8)
        guard let definition = levels[level] else { return nil }
        var counts = counters[instance.abstract] ?? [:]
        if started.insert(numID).inserted {
            for (overridden, start) in instance.starts { counts[overridden] = start - 1 }
        }
        counts[level] = min((counts[level] ?? (definition.start - 1)) + 1, ListNumberFormat.counterRange.upperBound)
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[instance.abstract] = counts
        if definition.format == .bullet { return "" }
        var label = definition.text
        for index in stride(from: 9, through: 1, by: -1) where label.contains("%\(index)") {
            let shown = levels[index - 1]
            let value = counts[index - 1] ?? shown?.start ?? 1
            let format = definition.legal ? ListNumberFormat.decimal : (shown?.format ?? .decimal)
            label = label.replacingOccurrences(of: "%\(index)", with: format.render(value))
        }
        return label.trimmingCharacters(in: .whitespaces)
    }
}
