import Foundation
import SPBELintCore
import SPBEReport
import Yams

/// Builds a master plan's outline from the rule packs: a part for every required section (inside
/// its `within` or `near` parent), a part for every scope the term rules look in, each with the
/// rules' descriptions as guidance, and the roadmap table where the roadmap rules look.
struct PlanOutline {
    let catalog: RuleCatalog
    let request: PlanRequest

    /// The document kind a master plan is.
    static let kind = "rencana-induk"

    /// The rules that apply to a master plan of the request's profile.
    var rules: [Rule] {
        catalog.rules.filter { rule in
            (rule.documentKinds.isEmpty || rule.documentKinds.contains(Self.kind))
                && (rule.profiles.isEmpty || rule.profiles.contains(request.profile))
                && rule.enacts.isEmpty
        }
    }

    /// The outline, and for each rule the path of the part that holds its guidance.
    func build() -> (root: PlanPart, places: [String: [Int]]) {
        var root = PlanPart(title: request.title)
        var places: [String: [Int]] = [:]
        // Areas in plan order; in an area, top-level sections before those placed within or near another.
        let rules = rules.sorted { Self.order($0) < Self.order($1) }
        // Required sections first, so the term rules find the parts they look in.
        for rule in rules where rule.kind == "required-section" {
            let options = Self.options(of: rule)
            let headings = phrases(options["headings"], rule: rule)
            var parent: [Int] = []
            if let within = options["within"] ?? options["near"] {
                parent = ensure(phrases(within, rule: rule), in: &root, under: [])
            }
            let path = ensure(headings, in: &root, under: parent)
            places[rule.id] = path
            root[path].guidance.append(guidance(rule))
        }
        for rule in rules where rule.kind != "required-section" {
            let options = Self.options(of: rule)
            var path: [Int] = []
            if rule.area != .dokumen {
                path = home(of: rule.area, in: &root)
                if let scope = options["scope"] {
                    let wanted = phrases(scope, rule: rule)
                    if let found = root.path(matching: wanted) { path = found }
                    else if !PlanPart.title(root[path].title, matches: wanted) { path = ensure(wanted, in: &root, under: path) }
                }
            }
            if ["roadmap-coverage", "table-columns"].contains(rule.kind) { root[path].roadmap = true }
            places[rule.id] = path
            root[path].guidance.append(guidance(rule))
        }
        return (root, places)
    }

    /// The part an area's rules go in: its architecture domain or chapter when the outline has one,
    /// else a new chapter named after the area.
    private func home(of area: Area, in root: inout PlanPart) -> [Int] {
        let name = AreaNames.name(area, in: .id)
        let domains: [Area: String] = [.prosesBisnis: "domain proses bisnis", .dataInformasi: "domain data",
                                       .infrastruktur: "domain infrastruktur", .aplikasi: "domain aplikasi",
                                       .keamanan: "domain keamanan", .layanan: "domain layanan"]
        return ensure([domains[area], name].compactMap { $0 }, in: &root, under: [], title: name)
    }

    /// A rule's place in the order of the outline.
    private static func order(_ rule: Rule) -> (Int, Int, String) {
        let options = rule.kind == "required-section" ? Self.options(of: rule) : [:]
        let nested = options["within"] != nil || options["near"] != nil
        return (Area.allCases.firstIndex(of: rule.area) ?? 0, nested ? 1 : 0, rule.id)
    }

    /// The guidance line of a rule: its description (else its message) and citation.
    func guidance(_ rule: Rule) -> String {
        let text = rule.description?.id ?? rule.message.id
        let citation = rule.citations.first.map { " (\($0.instrument) \($0.article))" } ?? ""
        return "\(rule.id): \(text)\(citation)"
    }

    /// The path of the part whose title contains one of `phrases`, else of a new part under `parent`
    /// titled by the first of them.
    private func ensure(_ phrases: [String], in root: inout PlanPart, under parent: [Int], title: String? = nil) -> [Int] {
        if let found = root[parent].path(matching: phrases) { return parent + found }
        if !parent.isEmpty, let found = root.path(matching: phrases) { return found }
        root[parent].parts.append(PlanPart(title: Self.titleCase(title ?? phrases.first ?? "")))
        return parent + [root[parent].parts.count - 1]
    }

    /// The phrasings of an option value: strings as written, `{concept: id}` as the concept's label
    /// first and then its terms.
    private func phrases(_ value: Any?, rule: Rule) -> [String] {
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap { phrases($0, rule: rule) }
        case let map as [String: Any]:
            guard let id = map["concept"] as? String, let concept = rule.concepts.first(where: { $0.id == id }) else { return [] }
            return [concept.label.id] + concept.ownPhrases
        default: return []
        }
    }

    /// A rule's options as YAML values.
    static func options(of rule: Rule) -> [String: Any] {
        guard let yaml = rule.optionsYAML, let value = try? Yams.load(yaml: yaml) as? [String: Any] else { return [:] }
        return value
    }

    /// "domain data dan informasi" → "Domain Data dan Informasi"; "SPBE" and "TIK" stay as written.
    static func titleCase(_ phrase: String) -> String {
        let small: Set<String> = ["dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "and", "or", "of"]
        return phrase.split(separator: " ").enumerated().map { index, word in
            let text = String(word)
            if index > 0, small.contains(text) { return text }
            return text.prefix(1).uppercased() + text.dropFirst()
        }.joined(separator: " ")
    }
}
