import Foundation

/// The language of messages: Indonesian by default, English on request.
public enum Language: String, Sendable, Codable, CaseIterable {
    case id
    case en

    /// Indonesian, or English when the `LANG` environment variable starts with `en`.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        let lang = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return lang.lowercased().hasPrefix("en") ? .en : .id
    }
}
