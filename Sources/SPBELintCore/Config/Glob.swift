import Foundation

/// A path pattern of a configuration file, matched against paths relative to the file's folder.
///
/// `*` matches within one path segment, `?` one character, `**` any number of segments. A pattern
/// without `/` matches a file or folder of that name at any depth (`*.xml`, `drafts`); a pattern
/// that names a folder also matches everything below it (`drafts/**` and `drafts/` are the same).
public struct Glob: Sendable, Hashable {
    public var pattern: String
    private var segments: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        if !text.contains("/") { text = "**/" + text }
        if text.hasPrefix("/") { text.removeFirst() }
        segments = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether a relative path (segments separated by `/`) or one of its parent folders matches.
    ///
    /// One forward pass over (pattern segment, path segment) pairs, so the cost is the product of
    /// their counts whatever the pattern (`**/**/**/*a*a*b` cannot make it backtrack).
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true).map { Array($0) }
        guard !parts.isEmpty else { return false }
        // reachable[i]: the segments handled so far match the first i path segments.
        var reachable = Array(repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = Array(repeating: false, count: parts.count + 1)
            if segment == "**" {
                var open = false
                for index in 0...parts.count {
                    open = open || reachable[index]
                    next[index] = open
                }
            } else {
                let pattern = Array(segment)
                for index in 0..<parts.count where reachable[index] && Self.matchSegment(pattern, parts[index]) {
                    next[index + 1] = true
                }
            }
            reachable = next
            if !reachable.contains(true) { return false }
        }
        return reachable.dropFirst().contains(true)
    }

    /// `*` and `?` wildcards within one segment (iterative, with backtracking to the last star).
    private static func matchSegment(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var star = -1, mark = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                mark = t
                p += 1
            } else if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// `path` relative to `base` (both made absolute and standardised), or nil when it is not below it.
    public static func relativePath(of path: String, to base: URL) -> String? {
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        var root = base.standardizedFileURL.path
        if !root.hasSuffix("/") { root += "/" }
        guard target.hasPrefix(root) else { return nil }
        return String(target.dropFirst(root.count))
    }
}
