import SPBELintCore

/// How one requirement changed between two versions of a plan.
public struct RequirementChange: Sendable, Hashable {
    /// Whether the change brings the plan closer to the regulation.
    public enum Direction: String, Sendable {
        case improved, regressed, unchanged
    }

    public var ruleId: String
    public var area: Area
    public var requirement: LocalizedText
    public var before: RequirementStatus?
    public var after: RequirementStatus?
    /// The section that meets it in the newer version, when it does.
    public var evidenceHeading: String?

    public var direction: Direction {
        switch (before, after) {
        case (.notMet, .met), (nil, .met): return .improved
        case (.met, .notMet), (.met, nil), (nil, .notMet): return .regressed
        default: return .unchanged
        }
    }
}

/// Two versions of the same plan and what improved and regressed between them.
public struct VersionComparison: Sendable {
    public var older: DocumentGap
    public var newer: DocumentGap
    /// Every requirement of either version, in rule order.
    public var changes: [RequirementChange]

    public init(older: DocumentGap, newer: DocumentGap) {
        self.older = older
        self.newer = newer
        let before = Dictionary(older.coverage.requirements.map { ($0.ruleId, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(newer.coverage.requirements.map { ($0.ruleId, $0) }, uniquingKeysWith: { first, _ in first })
        var order = newer.coverage.requirements.map(\.ruleId)
        order += older.coverage.requirements.map(\.ruleId).filter { after[$0] == nil }
        changes = order.compactMap { id in
            guard let any = after[id] ?? before[id] else { return nil }
            return RequirementChange(ruleId: id, area: any.area, requirement: any.requirement,
                                     before: before[id]?.status, after: after[id]?.status,
                                     evidenceHeading: after[id]?.evidenceHeading)
        }
    }

    public var improved: [RequirementChange] { changes.filter { $0.direction == .improved } }
    public var regressed: [RequirementChange] { changes.filter { $0.direction == .regressed } }
    public var unchangedCount: Int { changes.filter { $0.direction == .unchanged }.count }

    /// Percentage points gained (negative when lost), or nil when either version has no applicable requirement.
    public var percentDelta: Int? {
        guard let old = older.coverage.percent, let new = newer.coverage.percent else { return nil }
        return new - old
    }

    /// Pairs documents that are versions of the same plan: the same `judul` and `instansi` (case and
    /// spacing ignored). Within a group, the order of the inputs is the order of versions.
    public static func automaticPairs(_ documents: [DocumentGap]) -> [(older: Int, newer: Int)] {
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        for (index, document) in documents.enumerated() {
            guard let title = document.title.map(fold), let institution = document.institution.map(fold),
                  !title.isEmpty, !institution.isEmpty else { continue }
            let key = title + "\u{1F}" + institution
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(index)
        }
        return keys.flatMap { key -> [(older: Int, newer: Int)] in
            let members = groups[key] ?? []
            return zip(members, members.dropFirst()).map { (older: $0, newer: $1) }
        }
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
