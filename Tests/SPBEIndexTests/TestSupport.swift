import Foundation
import SPBEIndex

/// Paths and helpers shared by the index tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let frameworks = repository.appendingPathComponent("Frameworks")
    static let examples = repository.appendingPathComponent("Examples/index")
    /// `<repo>/../shared`, the reference material (absent outside the development machine).
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedExists: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("reference").path)
    }

    static func framework(_ id: String = EvaluationFramework.defaultID) throws -> EvaluationFramework {
        try EvaluationFramework.load(id: id, folder: frameworks)
    }

    /// Writes text to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbeindex-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The levels that reproduce the worked example of Permenpan RB 59/2020 (Tabel 10-12): indicators
    /// 11-14 at 3, 4, 3, 2 as printed; the rest chosen to give the printed aspect and domain indices.
    static let workedExampleLevels: [Int: Int] = {
        var levels: [Int: Int] = [:]
        for number in 1...7 { levels[number] = 4 }
        for number in 8...10 { levels[number] = 3 }
        for (number, level) in [11: 3, 12: 4, 13: 3, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 3, 20: 3] { levels[number] = level }
        for number in 21...41 { levels[number] = 3 }
        for (number, level) in [42: 3, 43: 4, 44: 3, 45: 4, 46: 3, 47: 4] { levels[number] = level }
        return levels
    }()

    /// A YAML self-assessment with every indicator at `level`, with optional replacement lines.
    static func yaml(level: Int = 3, count: Int = 47, header: String = "institution: Kota Uji\nyear: 2024\n",
                     replacing: [Int: String] = [:], extra: [String] = []) -> String {
        var lines = [header + "indicators:"]
        for number in 1...count {
            lines.append(replacing[number] ?? "  \(number): \(level)")
        }
        lines += extra
        return lines.joined(separator: "\n") + "\n"
    }
}
