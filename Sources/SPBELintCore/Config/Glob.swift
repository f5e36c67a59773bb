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
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return false }
        for end in stride(from: parts.count, through: 1, by: -1) where Self.match(segments[...], parts[0..<end]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(Array(first), Array(segment)) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
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
