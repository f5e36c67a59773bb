import SPBELintCore

/// Where a requirement stands in one version, as compared between versions.
public enum RequirementState: String, Sendable, Hashable {
    case met, notMet = "not-met", withoutEvidence = "without-evidence", notApplicable = "not-applicable", absent

    init(_ result: RequirementResult?) {
        guard let result else { self = .absent; return }
        switch result.status {
        case .met: self = result.withoutEvidence ? .withoutEvidence : .met
        case .notMet: self = .notMet
        case .notApplicable: self = .notApplicable
        }
    }
}

/// How one requirement changed between two versions of a plan.
public struct RequirementChange: Sendable, Hashable {
    /// Whether the change brings the plan closer to the regulation.
    public enum Direction: String, Sendable {
        /// Now met with evidence, or no longer not met.
        case improved
        /// Now not met, or no longer met with evidence while it still applies.
        case regressed
        /// Another change of state (it stopped or started to apply, or lost its evidence place).
        case changed
        case unchanged
    }

    public var ruleId: String
    public var area: Area
    public var tier: LegalBasis
    public var requirement: LocalizedText
    public var before: RequirementState
    public var after: RequirementState
    /// The section that meets it in the newer version, when it does.
    public var evidenceHeading: String?
    public var evidenceLine: Int?

    public var direction: Direction {
        if before == after { return .unchanged }
        if after == .notMet { return .regressed }
        if after == .met || before == .notMet { return .improved }
        if before == .met, after == .withoutEvidence || after == .absent { return .regressed }
        return .changed
    }
}

/// Two versions of the same plan and what improved and regressed between them.
public struct VersionComparison: Sendable {
    public var older: DocumentGap
    public var newer: DocumentGap
    /// How the two were put in order.
    public var orderedBy: [VersionOrder]
    /// Every requirement of either version, in rule order.
    public var changes: [RequirementChange]

    public init(older: DocumentGap, newer: DocumentGap, orderedBy: [VersionOrder] = [.inputOrder]) {
        self.older = older
        self.newer = newer
        self.orderedBy = orderedBy
        let before = Dictionary(older.coverage.requirements.map { ($0.ruleId, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(newer.coverage.requirements.map { ($0.ruleId, $0) }, uniquingKeysWith: { first, _ in first })
        var order = newer.coverage.requirements.map(\.ruleId)
        order += older.coverage.requirements.map(\.ruleId).filter { after[$0] == nil }
        changes = order.compactMap { id in
            guard let any = after[id] ?? before[id] else { return nil }
            let now = after[id]
            return RequirementChange(ruleId: id, area: any.area, tier: any.tier, requirement: any.requirement,
                                     before: RequirementState(before[id]), after: RequirementState(now),
                                     evidenceHeading: now?.isMetWithEvidence == true ? now?.evidenceHeading : nil,
                                     evidenceLine: now?.isMetWithEvidence == true ? now?.evidencePosition?.line : nil)
        }
    }

    public var improved: [RequirementChange] { changes.filter { $0.direction == .improved } }
    public var regressed: [RequirementChange] { changes.filter { $0.direction == .regressed } }
    /// Changes that neither improve nor regress (a requirement stopped or started to apply).
    public var otherChanges: [RequirementChange] { changes.filter { $0.direction == .changed } }
    /// Every requirement whose state changed, improved first, then regressed, then the others.
    public var changed: [RequirementChange] { improved + regressed + otherChanges }
    public var unchangedCount: Int { changes.filter { $0.direction == .unchanged }.count }

    /// Percentage points gained (negative when lost), or nil when either version has no counted requirement.
    public var percentDelta: Int? {
        guard let old = older.coverage.percent, let new = newer.coverage.percent else { return nil }
        return new - old
    }

    /// Pairs documents that are versions of the same plan: the same `judul` and `instansi` (case and
    /// spacing ignored), put in order by their own enactment date, status, version or period (see
    /// `VersionOrder.sort`), else by the order of the inputs.
    public static func automaticPairs(_ documents: [DocumentGap]) -> [(older: Int, newer: Int, orderedBy: [VersionOrder])] {
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        for (index, document) in documents.enumerated() {
            guard let title = document.title.map(fold), let institution = document.institution.map(fold),
                  !title.isEmpty, !institution.isEmpty else { continue }
            let key = title + "\u{1F}" + institution
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(index)
        }
        return keys.flatMap { key -> [(older: Int, newer: Int, orderedBy: [VersionOrder])] in
            let sorted = VersionOrder.sort(documents, indices: groups[key] ?? [])
            return zip(sorted.order, sorted.order.dropFirst()).map { (older: $0, newer: $1, orderedBy: sorted.decidedBy) }
        }
    }

    private static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
