import Yams

/// Extracts a line, column and readable message from the errors Yams throws.
public enum YAMLErrorLocation {
    /// The 1-based line and column (when Yams knows them) and a one-line message.
    public static func locate(_ error: any Error) -> (line: Int?, column: Int?, message: String) {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case let .scanner(context, problem, mark, _):
                return (mark.line, mark.column, describe(problem, context))
            case let .parser(context, problem, mark, _):
                return (mark.line, mark.column, describe(problem, context))
            case let .composer(context, problem, mark, _):
                return (mark.line, mark.column, describe(problem, context))
            case let .duplicatedKeysInMapping(duplicates, context):
                let keys = duplicates.sorted().joined(separator: ", ")
                return (context.mark.line, context.mark.column, "duplicate key(s): \(keys)")
            default:
                return (nil, nil, "\(yamlError)".split(separator: "\n").first.map(String.init) ?? "YAML error")
            }
        }
        return (nil, nil, "\(error)")
    }

    private static func describe(_ problem: String, _ context: YamlError.Context?) -> String {
        guard let context else { return problem }
        return "\(problem) (\(context.text))"
    }
}
