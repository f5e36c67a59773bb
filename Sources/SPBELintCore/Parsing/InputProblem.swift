/// A reason an input could not be linted, with the place it was found (`path:line:column`).
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var position: SourcePosition
    /// Message in Indonesian.
    public var message: String
    /// Message in English.
    public var messageEN: String

    public init(path: String, position: SourcePosition = .start, message: String, messageEN: String) {
        self.path = path
        self.position = position
        self.message = message
        self.messageEN = messageEN
    }

    /// The message in the requested language.
    public func message(in language: Language) -> String {
        language == .en ? messageEN : message
    }

    public var description: String { rendered(in: .en) }

    /// `path:line:column: error: message`, the form every tool and editor understands; control
    /// characters of the path or message (ANSI escapes in a file name) are shown escaped.
    public func rendered(in language: Language) -> String {
        TerminalText.safe("\(path):\(position.line):\(position.column): error: \(message(in: language))")
    }
}
