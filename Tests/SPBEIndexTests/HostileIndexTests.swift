import Foundation
import SPBEIndex
import SPBELintCore
import Testing

/// Regression tests for issue 14 on self-assessment input.
@Suite("Self-assessments: hostile input")
struct HostileIndexTests {
    @Test("6. a CSV with 50,000 rows repeating indicators is read in linear time")
    func repeatedIndicators() throws {
        var csv = "instansi,tahun,indikator,tingkat\n"
        for row in 0..<50_000 { csv += "Kota Contoh,2024,\(row % 47 + 1),3\n" }
        let path = try TestSupport.temporaryFile(csv, name: "ulang.csv")
        let clock = ContinuousClock()
        let start = clock.now
        let parsed = AssessmentReader.read(path: path)
        let time = clock.now - start
        #expect(time < .seconds(15), "took \(time)")
        let problems = parsed.assessments.flatMap(\.problems)
        #expect(problems.count == 50_000 - 47)
        #expect(problems.first?.messageEN.contains("more than once") == true)
    }

    @Test("14. a FIFO given as a self-assessment is refused without hanging")
    func fifo() throws {
        let folder = URL(fileURLWithPath: try TestSupport.temporaryFile("", name: "x.yml")).deletingLastPathComponent()
        let fifo = folder.appendingPathComponent("pipa.yml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let parsed = AssessmentReader.read(path: fifo)
        #expect(parsed.problems.first?.messageEN.contains("FIFO") == true)
    }

    @Test("1. a YAML alias bomb in a self-assessment is refused")
    func aliasBomb() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let path = try TestSupport.temporaryFile(yaml, name: "bom.yml")
        let parsed = AssessmentReader.read(path: path)
        #expect(parsed.problems.first?.messageEN.contains("alias") == true)
    }
}
