import SPBELintCore

/// A framework file that is missing, unreadable or inconsistent (a configuration error, exit code 2).
public struct FrameworkError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var position: SourcePosition
    public var message: String
    public var messageEN: String

    public init(path: String, position: SourcePosition = .start, message: String, messageEN: String) {
        self.path = path
        self.position = position
        self.message = message
        self.messageEN = messageEN
    }

    /// As an input problem, to report it like any other.
    public var problem: InputProblem {
        InputProblem(path: path, position: position, message: message, messageEN: messageEN)
    }

    public var description: String { problem.rendered(in: .en) }
}
