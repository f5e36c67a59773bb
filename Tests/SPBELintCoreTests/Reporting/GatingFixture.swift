import Foundation
@testable import SPBELintCore

/// Documents written to a temporary folder and linted with the `perpres-95-2018` pack only, so
/// these tests do not depend on other packs.
struct GatingFixture {
    static let rules: [Rule] = (try? RulePack.load(from: Repository.rules.appendingPathComponent("perpres-95-2018")).rules) ?? []
    static let draft = (try? String(contentsOf: Repository.examples.appendingPathComponent("kota-contoh-draf.md"), encoding: .utf8)) ?? ""

    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-gating-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
    }

    /// Writes a file below the folder (creating folders) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The draft with `lines` inserted before 1-based line `at`.
    static func draft(inserting lines: [String], at line: Int) -> String {
        var all = draft.components(separatedBy: "\n")
        all.insert(contentsOf: lines, at: line - 1)
        return all.joined(separator: "\n")
    }

    func lint(_ paths: [String], configuration: ConfigurationMode = .discover) throws -> LintResult {
        try LintRun(linter: Linter(rules: Self.rules)).run(paths: paths, configuration: configuration)
    }
}

/// Runs python3's `jsonschema` on a JSON file; nil when python3 or jsonschema is missing.
enum JSONSchemaCheck {
    static let available: Bool = (try? run(["-c", "import jsonschema"]))?.status == 0
    static let yamlAvailable: Bool = (try? run(["-c", "import yaml"]))?.status == 0

    static func validate(instance: URL, schema: URL) throws -> (status: Int32, output: String) {
        try run(["-c", """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); instance = json.load(open(sys.argv[2]))
            # The shared SARIF schema keeps its root object under definitions/Root with no top-level
            # constraints; validate against that root so the check is not vacuous.
            if "type" not in schema and "properties" not in schema and "Root" in schema.get("definitions", {}):
                schema["$ref"] = "#/definitions/Root"
            errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(instance), key=lambda e: list(e.path))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """, schema.path, instance.path])
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
