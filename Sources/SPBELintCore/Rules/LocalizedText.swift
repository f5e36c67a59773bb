/// A text in Indonesian (`id`) and English (`en`).
public struct LocalizedText: Sendable, Codable, Hashable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    /// The same text in both languages (numbers, names).
    public init(_ both: String) {
        self.init(id: both, en: both)
    }

    public func text(in language: Language) -> String { language == .en ? en : id }

    /// Replaces `{name}` placeholders with values in the same language.
    public func filled(with values: [String: LocalizedText]) -> LocalizedText {
        var result = self
        for (name, value) in values {
            result.id = result.id.replacingOccurrences(of: "{\(name)}", with: value.id)
            result.en = result.en.replacingOccurrences(of: "{\(name)}", with: value.en)
        }
        return result
    }
}

import Foundation
