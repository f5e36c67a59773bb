import Foundation
import Testing

/// The packs' citations of the real texts in `../shared/corpus/real` all resolve (issue 12, done when).
@Suite("The packs' citations resolve in the real regulations (skipped without ../shared)")
struct PackCitationsCorpusTests {
    static let real = CLIRunner.repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")

    /// Each text with the number of citations the shipped packs make of it (at least).
    static let texts: [(file: String, minimum: Int)] = [
        ("uu-12-2011.md", 13), ("perpres-132-2022-excerpt.md", 23), ("uu-23-2014.md", 3),
    ]

    @Test("citations --against resolves every citation the packs make of the text", arguments: texts.map(\.file))
    func resolvesAll(_ file: String) throws {
        let path = Self.real.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else { return }
        let output = try CLIRunner.run(["citations", "--against", path, "--lang", "en"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(!output.stdout.contains("NOT FOUND"), "\(output.stdout)")
        let minimum = Self.texts.first { $0.file == file }?.minimum ?? 1
        let summary = try #require(output.stdout.split(separator: "\n").last { $0.contains("citation") })
        let counts = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        #expect(counts.count >= 3 && counts[0] >= minimum && counts[0] == counts[1], "\(summary)")
    }
}
