/// A reason an input could not be linted, with the place it was found (`path:line:column`).
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var position: SourcePosition
    /// Whether `position` is a real place in the input (false for a file that is missing,
    /// unreadable or too large as a whole: it is then printed as `path: error: message`).
    public var hasPosition: Bool
    /// Message in Indonesian.
    public var message: String
    /// Message in English.
    public var messageEN: String

    public init(path: String, position: SourcePosition? = nil, message: String, messageEN: String) {
        self.path = path
        self.position = position ?? .start
        self.hasPosition = position != nil
        self.message = message
        self.messageEN = messageEN
    }

    /// The message in the requested language.
    public func message(in language: Language) -> String {
        language == .en ? messageEN : message
    }

    public var description: String { rendered(in: .en) }

    /// `path:line:column: error: message`, the form every tool and editor understands (`path: error:
    /// message` when the problem is the file as a whole); control characters of the path or message
    /// (ANSI escapes in a file name) are shown escaped.
    public func rendered(in language: Language) -> String {
        TerminalText.safe(hasPosition ? "\(path):\(position.location(in: path)): error: \(message(in: language))"
            : "\(path): error: \(message(in: language))")
    }
}
