import Foundation

extension EvaluationFramework {
    /// The caps that limit an indicator.
    public func caps(forIndicator number: Int) -> [LevelCap] {
        caps.filter { $0.indicators.contains(number) }
    }

    /// The caps belonging to a finding area (e.g. "arsitektur", "peta-rencana").
    public func caps(forArea area: String) -> [LevelCap] {
        caps.filter { $0.area == area }
    }

    /// The highest level an indicator can reach while the caps named in `unmet` are unmet; nil when none applies.
    /// Example: `levelCap(indicator: 11, unmet: ["arsitektur-referensi-domain"]) == 2`.
    public func levelCap(indicator number: Int, unmet: Set<String>) -> Int? {
        caps(forIndicator: number).filter { unmet.contains($0.id) }.map(\.maxLevel).min()
    }

    /// The highest level an indicator can reach when the listed items are missing from a document; nil when
    /// none of them is a condition for it. Example: `levelCap(indicator: 11, missingItems: ["Keamanan SPBE"]) == 2`
    /// (a missing architecture domain keeps indicator 11 at level 2).
    public func levelCap(indicator number: Int, missingItems: [String]) -> Int? {
        let missing = Set(missingItems.map(Self.fold))
        return caps(forIndicator: number)
            .filter { cap in cap.items.contains { missing.contains(Self.fold($0)) } }
            .map(\.maxLevel).min()
    }

    /// Indicator → highest reachable level for a set of unmet cap ids, ready for `IndexCalculator.score(caps:)`.
    public func levelCaps(unmet: Set<String>) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for cap in caps where unmet.contains(cap.id) {
            for number in cap.indicators {
                result[number] = min(result[number] ?? cap.maxLevel, cap.maxLevel)
            }
        }
        return result
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
