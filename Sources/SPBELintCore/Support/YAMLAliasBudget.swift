import Yams

/// Refuses YAML whose aliases expand into more nodes than a small budget ("billion laughs":
/// ten levels of `&a [*b, *b, …]` are 600 bytes but expand to billions of nodes). Yams shares an
/// aliased node instead of copying it, so composing is cheap; anything that walks the tree
/// (decoding, flattening) would expand it, so every YAML input is checked here first.
public enum YAMLAliasBudget {
    /// Nodes a document may hold once aliases are expanded; real files hold a few thousand.
    public static let limit = 100_000

    /// Nil when the expanded tree stays within `limit` nodes, else the line and column (1-based,
    /// within the YAML text) of the node where it ran out.
    public static func exceeded(_ root: Node, limit: Int = limit) -> (line: Int, column: Int)? {
        var remaining = limit
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            remaining -= 1
            if remaining < 0 {
                let mark = node.mark ?? root.mark
                return (mark?.line ?? 1, mark?.column ?? 1)
            }
            switch node {
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            case .mapping(let mapping):
                for pair in mapping {
                    stack.append(pair.key)
                    stack.append(pair.value)
                }
            default: break
            }
        }
        return nil
    }

    /// The message for a file that exceeds the budget.
    public static let message = "YAML aliases expand to more than \(limit) nodes (an alias bomb?); refusing"
    /// The message in Indonesian.
    public static let messageID = "alias YAML mengembang menjadi lebih dari \(limit) simpul (bom alias?); ditolak"
}
