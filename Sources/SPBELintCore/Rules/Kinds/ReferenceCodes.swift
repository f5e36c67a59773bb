/// `reference-codes`: architecture reference codes, where used, are well formed.
///
/// ## What it checks
/// Every token that starts like a reference code (a known prefix such as `RAB`, or three capitals
/// starting with `RA` followed by a dot or digits) must read `PREFIX.NN`, `PREFIX.NN.NN`, … with
/// two-digit levels, at most `maxLevels` of them, and a known prefix.
///
/// ## Options
/// - `prefixes`: the known prefixes (for Perpres 132/2022: RAB, RAD, RAL, RAA, RAI, RAK).
/// - `maxLevels`: the deepest level allowed (default 4).
///
/// ## Where findings point
/// The paragraph, list item or table row holding the code; `{code}` quotes it.
public struct ReferenceCodes: RuleKind {
    public static let name = "reference-codes"
    public static let summary = "Architecture reference codes (RAB.01.02 …) are well formed."

    public struct Options: Decodable, Sendable {
        var prefixes: [String]
        var maxLevels: Int?
        enum CodingKeys: String, CodingKey, CaseIterable { case prefixes, maxLevels }
        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            prefixes = try container.decode([String].self, forKey: .prefixes)
            maxLevels = try container.decodeIfPresent(Int.self, forKey: .maxLevels)
        }
    }

    let prefixes: Set<String>
    let maxLevels: Int

    public init(options: Options) throws(RuleOptionError) {
        guard !options.prefixes.isEmpty else { throw RuleOptionError("'prefixes' needs at least one prefix") }
        prefixes = Set(options.prefixes)
        maxLevels = options.maxLevels ?? 4
    }

    /// Whether a code such as "RAB.01.02" is well formed.
    /// The Lampiran of Perpres 132/2022 writes "RAA 01.01" (a space after the prefix); "RAA.01.01" is also accepted.
    func isWellFormed(_ code: String) -> Bool {
        let normalised = code.replacingOccurrences(of: " ", with: ".")
        let parts = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard let prefix = parts.first, prefixes.contains(String(prefix)),
              parts.count >= 2, parts.count - 1 <= maxLevels else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 2 && $0.allSatisfy(\.isNumber) }
    }

    public func matches(in document: Document) -> [Match] {
        var matches: [Match] = []
        for found in document.analysis.referenceCodes where !isWellFormed(found.code) {
            matches.append(Match(position: found.position, section: found.section,
                                 values: ["code": LocalizedText(found.code)], key: found.code))
        }
        return matches
    }
}
