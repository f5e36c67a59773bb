import Foundation

/// Paths inside the repository and the optional shared folder beside it, found from this file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rules = root.appendingPathComponent("Rules")
    static let examples = root.appendingPathComponent("Examples")
    static let sharedCorpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
    static var sharedCorpusExists: Bool {
        FileManager.default.fileExists(atPath: sharedCorpus.appendingPathComponent("facts.json").path)
    }
}
