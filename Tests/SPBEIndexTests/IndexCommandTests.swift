import Foundation
import Testing

/// Runs the built `spbelint index` binary on the example self-assessments.
@Suite("spbelint index (command line)")
struct IndexCommandTests {
    /// The `spbelint` binary next to the test bundle, or in the repository's build folders.
    static let binary: URL? = {
        var candidates: [URL] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("spbelint"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("spbelint"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("spbelint"))
        for scratch in [".build-index", ".build"] {
            candidates.append(TestSupport.repository.appendingPathComponent("\(scratch)/debug/spbelint"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    enum CLIError: Error { case notBuilt }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Outcome {
        guard let binary else { throw CLIError.notBuilt }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["index"] + arguments
        process.currentDirectoryURL = TestSupport.repository
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C"
        env["LC_ALL"] = ""
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbeindex-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                       stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    static var examples: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: TestSupport.examples.path)) ?? [])
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".csv") }.sorted().map { "Examples/index/\($0)" }
    }

    @Test(.enabled(if: binary != nil, "spbelint is not built"))
    func examplesScoreWithExitCodeZero() throws {
        let outcome = try Self.run(Self.examples)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.contains("Indeks SPBE: Contoh Lampiran Tabel 10-12"))
        #expect(outcome.stdout.contains("Σ(ND×BD) = 328,20; Σ(ND×BD)/100 = 3,28"))
        #expect(!outcome.stdout.contains("3.28"), "Indonesian text writes decimals with a comma")
        #expect(outcome.stdout.contains("Tren dan perbandingan (permenpanrb-59-2020)"))
        #expect(outcome.stdout.contains("SEMENTARA, hanya dari sumber sekunder"))
        #expect(outcome.stdout.contains("Pemerintah Kota Contoh 2024"))
    }

    @Test(.enabled(if: binary != nil, "spbelint is not built"))
    func englishAndJSON() throws {
        let english = try Self.run(["Examples/index/contoh-lampiran-59-2020.yml"], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("Index: 3.28   Predicate: Baik (Good)"))
        #expect(!english.stdout.contains("3,28"), "English text writes decimals with a point")
        let json = try Self.run(Self.examples + ["--format", "json", "--lang", "id"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let assessments = try #require(object["assessments"] as? [[String: Any]])
        #expect(assessments.count == Self.examples.count + 1)  // the CSV holds two years
        let worked = try #require(assessments.first { ($0["path"] as? String)?.contains("lampiran") == true })
        #expect(worked["index"] as? Double == 3.28)
        #expect(json.stdout.contains("3.28") && !json.stdout.contains("3,28"), "JSON keeps the point in Indonesian")
        #expect(worked["weightedSum"] as? Double == 328.2)
    }

    @Test(.enabled(if: binary != nil, "spbelint is not built"))
    func failBelowTargetAndOutputFile() throws {
        let below = try Self.run(Self.examples + ["--fail-below", "2.60"])
        #expect(below.status == 1)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("spbeindex-\(UUID().uuidString).json")
        let written = try Self.run(["Examples/index/kota-contoh-2024.yml", "--target", "3.50", "--format", "json", "--output", output.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(text.contains("\"target\" : 3.5"))
    }

    @Test(.enabled(if: binary != nil, "spbelint is not built"))
    func badInputGivesExitTwoAndStillReportsTheRest() throws {
        var lines = ["institution: Kota Salah", "year: 2024", "indicators:"]
        lines += (1...47).map { $0 == 12 ? "  12: 9" : "  \($0): 3" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spbeindex-bad-\(UUID().uuidString).yml")
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        let outcome = try Self.run([path.path, "Examples/index/kota-contoh-2024.yml", "--lang", "en"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("\(path.path):15:7: error: Level 9 for indicator 12 is out of range 1-5."))
        #expect(outcome.stdout.contains("Pemerintah Kota Contoh 2024"))
        let missing = try Self.run(["Examples/index/nope.yml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Examples/index/nope.yml: error: Berkas tidak ditemukan."))
        let badFramework = try Self.run(["Examples/index/kota-contoh-2024.yml", "--framework", "permenpanrb-8-2026"])
        #expect(badFramework.status == 2)
    }
}
