import SPBELintCore
import Yams

/// Small helpers to read Yams nodes with their positions.
extension Node {
    /// Where the node starts (1-based), or the start of the file when unknown.
    var position: SourcePosition {
        mark.map { SourcePosition(line: max($0.line, 1), column: max($0.column, 1)) } ?? .start
    }

    /// The raw text of a scalar node (numbers stay exactly as written), or nil.
    var scalarText: String? {
        scalar?.string
    }

    /// The value for a string key in a mapping node, or nil.
    func value(_ key: String) -> Node? {
        mapping?[key]
    }
}

/// A YAML syntax error turned into a position and a message.
struct YAMLSyntaxProblem {
    var position: SourcePosition
    var message: String
    var messageEN: String

    /// Describes a Yams error. Duplicated keys point at the second occurrence when it can be found in `text`.
    init(_ error: Error, text: String) {
        guard let yamlError = error as? YamlError else {
            position = .start
            message = "YAML tidak valid: \(error)"
            messageEN = "Invalid YAML: \(error)"
            return
        }
        switch yamlError {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            position = SourcePosition(line: max(mark.line, 1), column: max(mark.column, 1))
            message = "YAML tidak valid: \(problem)."
            messageEN = "Invalid YAML: \(problem)."
        case let .duplicatedKeysInMapping(duplicates, context):
            let first = SourcePosition(line: max(context.mark.line, 1), column: max(context.mark.column, 1))
            let key = duplicates.first ?? "?"
            position = Self.repeatedKey(key, after: first, in: text) ?? first
            message = "Kunci '\(key)' ditulis lebih dari sekali (pertama pada baris \(first.line))."
            messageEN = "Key '\(key)' appears more than once (first on line \(first.line))."
        case let .reader(problem, _, _, _):
            position = .start
            message = "YAML tidak dapat dibaca: \(problem)."
            messageEN = "YAML cannot be read: \(problem)."
        default:
            position = .start
            message = "YAML tidak valid: \(yamlError)"
            messageEN = "Invalid YAML: \(yamlError)"
        }
    }

    /// The next line after `first` where `key:` starts at the same column.
    static func repeatedKey(_ key: String, after first: SourcePosition, in text: String) -> SourcePosition? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " }.count
            guard indent + 1 == first.column else { continue }
            let rest = line.dropFirst(indent)
            for candidate in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(candidate) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.hasPrefix(":") { return SourcePosition(line: index + 1, column: first.column) }
            }
        }
        return nil
    }
}
