import Yams

/// Decodes YAML into Decodable types, turning every error into a `RuleLoadError` at `file:line:column`.
enum YAMLDecoding {
    /// Composes the YAML text into a node tree, or throws with the syntax error's position.
    static func compose(_ text: String, file: String) throws(RuleLoadError) -> Node {
        do {
            // The encoding is given: `Parser.Encoding.default` reads the environment on every parse.
            guard let node = try Yams.compose(yaml: text, .default, .default, .utf8) else {
                throw RuleLoadError(file: file, message: "empty YAML file")
            }
            if let place = YAMLAliasBudget.exceeded(node) {
                throw RuleLoadError(file: file, line: place.line, column: place.column, message: YAMLAliasBudget.message)
            }
            return node
        } catch let error as RuleLoadError {
            throw error
        } catch {
            let located = YAMLErrorLocation.locate(error)
            throw RuleLoadError(file: file, line: located.line ?? 1, column: located.column ?? 1, message: located.message)
        }
    }

    /// Decodes a node; a decoding error points at the node its coding path leads to.
    static func decode<T: Decodable>(_ type: T.Type, from node: Node, file: String) throws(RuleLoadError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: node)
        } catch let DecodingError.typeMismatch(_, context),
                let DecodingError.valueNotFound(_, context),
                let DecodingError.keyNotFound(_, context),
                let DecodingError.dataCorrupted(context) {
            throw error(context, in: node, file: file)
        } catch {
            throw RuleLoadError(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: "\(error)")
        }
    }

    private static func error(_ context: DecodingError.Context, in root: Node, file: String) -> RuleLoadError {
        let target = locate(context.codingPath, in: root)
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        let where_ = path.isEmpty ? "" : " at '\(path)'"
        return RuleLoadError(file: file, line: target.mark?.line ?? 1, column: target.mark?.column ?? 1,
                             message: "\(context.debugDescription)\(where_)")
    }

    /// The deepest node the coding path reaches: a scalar value, or the key of a nested value.
    static func locate(_ path: [any CodingKey], in root: Node) -> Node {
        var current = root
        for (depth, key) in path.enumerated() {
            if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                current = sequence[index]
            } else if let mapping = current.mapping,
                      let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                let isLast = depth == path.count - 1
                current = isLast && pair.value.scalar == nil ? pair.key : pair.value
            } else {
                break
            }
        }
        return current
    }
}
