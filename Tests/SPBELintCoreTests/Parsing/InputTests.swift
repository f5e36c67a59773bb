import Foundation
import Testing
@testable import SPBELintCore

@Suite("Bad input")
struct InputTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("empty, binary and invalid UTF-8 files are problems with positions")
    func decoding() {
        #expect(throws: InputProblem.self) { try InputText.decode(Data("  \n\n".utf8), path: "e.md") }
        do {
            _ = try InputText.decode(Data("# A\nab\u{0}c".utf8), path: "b.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.position == SourcePosition(line: 2, column: 3))
            #expect(error.messageEN.contains("Binary"))
        }
        do {
            _ = try InputText.decode(Data([0x23, 0x20, 0x41, 0x0A, 0xC3, 0xA9, 0x20, 0xFF, 0x41]), path: "u.md")
            Issue.record("expected a problem")
        } catch {
            #expect(error.position == SourcePosition(line: 2, column: 3))
            #expect(error.messageEN.contains("UTF-8"))
        }
        #expect((try? InputText.decode(Data([0xEF, 0xBB, 0xBF, 0x23, 0x20, 0x41]), path: "bom.md")) == "# A")
    }

    @Test("an encoded surrogate, an overlong form and a cut sequence are refused at their byte")
    func strictUTF8() {
        let cases: [([UInt8], Int)] = [
            ([0x41, 0x0A, 0x62, 0xED, 0xA0, 0x80, 0x41], 2),   // U+D800 encoded
            ([0x41, 0x0A, 0x62, 0xC0, 0xAF], 2),               // overlong "/"
            ([0x41, 0x0A, 0x62, 0xE2, 0x82], 2),               // the euro sign cut short
        ]
        for (bytes, column) in cases {
            do {
                _ = try InputText.decode(Data(bytes), path: "x.md")
                Issue.record("accepted \(bytes)")
            } catch {
                #expect(error.position == SourcePosition(line: 2, column: column), "\(bytes)")
            }
        }
        #expect((try? InputText.decode(Data("Rp 5 € — ✓ 𝄞".utf8), path: "ok.md")) == "Rp 5 € — ✓ 𝄞")
    }

    @Test("missing paths and folders without documents are problems; other inputs are still collected")
    func collecting() throws {
        let folder = try temporaryFolder()
        let empty = folder.appendingPathComponent("kosong")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let good = folder.appendingPathComponent("baik.md")
        try "# A\n".write(to: good, atomically: true, encoding: .utf8)
        let (files, problems) = InputCollector.collect([folder.appendingPathComponent("tidak-ada.md").path, empty.path, good.path])
        #expect(files == [good.path])
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.position == .start })
    }

    @Test("a run reports unreadable inputs and still lints the rest, never touching inputs")
    func runContinues() throws {
        let folder = try temporaryFolder()
        let good = folder.appendingPathComponent("a.md")
        let bad = folder.appendingPathComponent("b.xml")
        let binary = folder.appendingPathComponent("c.md")
        try "# Visi\n\nTerwujudnya SPBE yang terpadu dan menyeluruh di daerah.\n".write(to: good, atomically: true, encoding: .utf8)
        try "<dokumen><bagian></dokumen>".write(to: bad, atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3]).write(to: binary)
        let before = try Data(contentsOf: bad)
        let result = LintRun(linter: Linter(rules: [])).run(paths: [folder.path])
        #expect(result.documents.map(\.path) == [good.path])
        #expect(result.problems.count == 2)
        #expect(result.problems.first { $0.path == bad.path }?.position.line == 1)
        #expect(try Data(contentsOf: bad) == before)
    }

    @Test("files over the size limit are refused")
    func oversized() throws {
        let folder = try temporaryFolder()
        let big = folder.appendingPathComponent("besar.md")
        try String(repeating: "kata ", count: 1000).write(to: big, atomically: true, encoding: .utf8)
        let result = DocumentLoader(maxBytes: 100).load(path: big.path)
        guard case .failure(let problem) = result else { Issue.record("expected a problem"); return }
        #expect(problem.messageEN.contains("too large"))
    }
}
