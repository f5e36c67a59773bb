import SPBELintCore

/// How the versions of one plan were put in order, so the report can say so.
public enum VersionOrder: String, Sendable, CaseIterable {
    /// `--compare OLD NEW`: the order the user gave.
    case arguments
    /// The enactment dates (`tanggal-penetapan`).
    case enactmentDate = "tanggal-penetapan"
    /// The status: a draft before a final text before an enacted one.
    case status
    /// The version the documents give themselves (`versi`).
    case version = "versi"
    /// The first year of the planning period (`periode`).
    case period = "periode"
    /// Nothing in the documents tells them apart: the order of the inputs.
    case inputOrder = "urutan-masukan"

    /// How the order was decided, for people.
    public var name: LocalizedText {
        switch self {
        case .arguments: return LocalizedText(id: "urutan argumen --compare (LAMA BARU)", en: "the order of --compare (OLD NEW)")
        case .enactmentDate: return LocalizedText(id: "tanggal penetapan", en: "enactment date")
        case .status: return LocalizedText(id: "status dokumen (rancangan, final, ditetapkan)", en: "document status (draft, final, enacted)")
        case .version: return LocalizedText(id: "nomor versi", en: "version number")
        case .period: return LocalizedText(id: "periode perencanaan", en: "planning period")
        case .inputOrder: return LocalizedText(id: "urutan masukan (dokumen tidak menyebut tanggal, status atau versi yang membedakan)",
                                               en: "input order (the documents state no date, status or version that tells them apart)")
        }
    }

    /// Sorts versions of one plan oldest first and says which facts decided the order: the
    /// enactment date when both have one, else the status, else the stated version, else the
    /// period, else the input order.
    public static func sort(_ documents: [DocumentGap], indices: [Int]) -> (order: [Int], decidedBy: [VersionOrder]) {
        var order: [Int] = []
        var decidedBy: [VersionOrder] = []
        for index in indices {
            var place = order.count
            while place > 0, precedes(documents[index], documents[order[place - 1]]) != nil { place -= 1 }
            order.insert(index, at: place)
        }
        for (older, newer) in zip(order, order.dropFirst()) {
            let criterion = decidingCriterion(documents[older], documents[newer]) ?? .inputOrder
            if !decidedBy.contains(criterion) { decidedBy.append(criterion) }
        }
        return (order, decidedBy)
    }

    /// The criterion by which `lhs` is older than `rhs`, or nil when it is not.
    static func precedes(_ lhs: DocumentGap, _ rhs: DocumentGap) -> VersionOrder? {
        guard let criterion = decidingCriterion(lhs, rhs) else { return nil }
        return compare(lhs, rhs, by: criterion) == true ? criterion : nil
    }

    /// The first criterion that tells two documents apart.
    static func decidingCriterion(_ lhs: DocumentGap, _ rhs: DocumentGap) -> VersionOrder? {
        [.enactmentDate, .status, .version, .period].first { compare(lhs, rhs, by: $0) != nil }
    }

    /// True when `lhs` is older by this criterion, false when newer, nil when it cannot tell.
    static func compare(_ lhs: DocumentGap, _ rhs: DocumentGap, by criterion: VersionOrder) -> Bool? {
        func decide<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
            guard let a, let b, a != b else { return nil }
            return a < b
        }
        switch criterion {
        case .enactmentDate: return decide(lhs.enactmentDate, rhs.enactmentDate)
        case .status: return decide(statusRank(lhs.status), statusRank(rhs.status))
        case .version: return decide(versionKey(lhs.version), versionKey(rhs.version))
        case .period: return decide(lhs.period?.start, rhs.period?.start)
        case .arguments, .inputOrder: return nil
        }
    }

    /// Draft 0, final 1, enacted 2; nil for a status that says nothing about order.
    static func statusRank(_ status: String?) -> Int? {
        guard let status = status?.lowercased() else { return nil }
        if ["draf", "draft", "rancangan", "konsep", "usulan"].contains(where: status.contains) { return 0 }
        if status.contains("final") { return 1 }
        if ["ditetapkan", "berlaku", "disahkan", "enacted"].contains(where: status.contains) { return 2 }
        return nil
    }

    /// "1.10" as [1, 10], so that it sorts after "1.9"; nil when it holds no number.
    static func versionKey(_ version: String?) -> VersionKey? {
        guard let version else { return nil }
        let numbers = version.split { !$0.isNumber }.compactMap { Int($0) }
        return numbers.isEmpty ? nil : VersionKey(parts: numbers)
    }
}

/// A version number as its numeric parts, compared part by part.
struct VersionKey: Comparable {
    var parts: [Int]

    static func < (lhs: VersionKey, rhs: VersionKey) -> Bool {
        for (a, b) in zip(lhs.parts, rhs.parts) where a != b { return a < b }
        return lhs.parts.count < rhs.parts.count
    }
}
