import Foundation
import SPBEIndex
import SPBELintCore
@testable import SPBEReport

/// Lints the shipped examples (or temporary copies) and builds gap reports from them.
enum ReportFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let draft = repository.appendingPathComponent("Examples/kota-contoh-draf.md").path
    static let complete = repository.appendingPathComponent("Examples/kabupaten-sukamaju-lengkap.xml").path
    static let index2023 = repository.appendingPathComponent("Examples/index/kota-contoh-2023.yml").path
    static let index2024 = repository.appendingPathComponent("Examples/index/kota-contoh-2024.yml").path

    /// The Perpres 95/2018 pack only, so that other packs being written do not change these tests.
    static let catalog = Result { try RuleCatalog.load(extraFolders: [repository.appendingPathComponent("Rules/perpres-95-2018").path],
                                                       includeDefaults: false) }
    static let framework = Result { try EvaluationFramework.load(id: EvaluationFramework.defaultID) }

    static func lint(_ paths: [String]) throws -> LintResult {
        LintRun(linter: Linter(rules: try catalog.get().rules)).run(paths: paths)
    }

    static func report(_ paths: [String], language: Language = .id, index: [String] = [],
                       compare: (older: String, newer: String)? = nil) throws -> GapReport {
        GapReport(result: try lint(paths), language: language, framework: try framework.get(),
                  index: index.isEmpty ? nil : IndexRun().run(paths: index), compare: compare, date: "2025-06-30")
    }

    /// A new version of the draft in a temporary folder: Audit TIK added to the Peta Rencana, the
    /// Aplikasi architecture domain removed.
    static func revisedDraft() throws -> String {
        var text = try String(contentsOfFile: draft, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "## 6.4 Infrastruktur SPBE dan Keamanan SPBE\n",
            with: "## 6.4 Infrastruktur SPBE dan Keamanan SPBE\n\nAudit TIK atas infrastruktur, aplikasi dan keamanan SPBE dilaksanakan setiap tahun oleh lembaga pelaksana Audit TIK terakreditasi.\n")
        text = text.replacingOccurrences(of: "## 5.4 Domain Arsitektur Aplikasi SPBE\n", with: "## 5.4 Lain-lain\n")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbereport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kota-contoh-draf-v2.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Writes a Markdown document to a temporary folder and returns its path.
    static func temporaryDocument(_ text: String, name: String = "dokumen.md") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbereport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
