import Foundation
@testable import SPBELintCore

/// Fixture and schema locations found from this file's path (no SwiftPM resources).
enum XMLTestSupport {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaURL = repository.appendingPathComponent("Schemas/dokumen-spbe.xsd")
    static let realCorpus = repository.deletingLastPathComponent().appendingPathComponent("shared/corpus/real")
    static var realCorpusExists: Bool {
        FileManager.default.fileExists(atPath: realCorpus.appendingPathComponent("perbssn-4-2021.xml").path)
    }

    static let parser = XMLDocumentParser(schemaURL: schemaURL)

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8)
    }

    static func parseFixture(_ name: String) throws -> Document {
        try parser.parse(text: try fixture(name), path: name)
    }

    static func parse(_ text: String, path: String = "test.xml") throws -> Document {
        try parser.parse(text: text, path: path)
    }

    /// The InputProblem thrown for a text, or nil when it parsed.
    static func problem(_ text: String) -> InputProblem? {
        do {
            _ = try parser.parse(text: text, path: "bad.xml")
            return nil
        } catch {
            return error
        }
    }
}

extension Document {
    /// The section with a raw heading, for tests.
    func section(_ heading: String) -> Section? { sections.first { $0.rawHeading == heading } }
}
