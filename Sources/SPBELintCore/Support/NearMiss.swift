/// Decides whether a name read from a file may be echoed in an error: only when it is a near miss
/// of a known name (a typo). Anything else may be a secret read from a file that is not a
/// configuration at all (`extends: /etc/shadow`), so it is never printed.
public enum NearMiss {
    /// ` 'name'` when `name` is at most two edits from one of `known` (and short), else "".
    public static func quoted<Names: Sequence<String>>(_ name: String, among known: Names) -> String {
        guard name.count <= 64, name.allSatisfy({ $0.isASCII && !$0.isWhitespace || $0 == " " }),
              known.contains(where: { distance(name, $0, limit: 2) <= 2 }) else { return "" }
        return " '\(name)'"
    }

    /// Levenshtein distance, cut off once it exceeds `limit`.
    static func distance(_ lhs: String, _ rhs: String, limit: Int) -> Int {
        let a = Array(lhs.lowercased()), b = Array(rhs.lowercased())
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
