import Foundation
import SPBEIndex
import SPBELintCore
import Testing

@Suite("Self-assessment input errors")
struct InputErrorTests {
    /// Runs the pipeline on one file and returns its problems.
    private func problems(_ text: String, name: String = "assessment.yml") throws -> (path: String, report: IndexReport) {
        let path = try TestSupport.temporaryFile(text, name: name)
        let report = IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [path])
        return (path, report)
    }

    @Test func validYAMLHasNoProblems() throws {
        let (_, report) = try problems(TestSupport.yaml())
        #expect(report.problems.isEmpty)
        #expect(report.results.first?.index == FixedPoint("3.00"))
    }

    @Test func unknownIndicator() throws {
        // Line 1 institution, 2 year, 3 indicators:, then indicator n on line n + 3.
        let (path, report) = try problems(TestSupport.yaml(extra: ["  48: 3"]))
        let problem = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(problem.path == path)
        #expect(problem.position == SourcePosition(line: 51, column: 3))
        #expect(problem.messageEN.contains("Unknown indicator 48"))
        #expect(problem.rendered(in: .en).hasPrefix("\(path):51:3: error:"))
        #expect(report.results.isEmpty)
    }

    @Test func levelOutOfRange() throws {
        let (_, report) = try problems(TestSupport.yaml(replacing: [12: "  12: 6"]))
        let problem = try #require(report.problems.first)
        #expect(problem.position == SourcePosition(line: 15, column: 7))
        #expect(problem.messageEN.contains("Level 6 for indicator 12 is out of range 1-5"))
        #expect(problem.message.contains("di luar rentang"))
    }

    @Test func levelThatIsNotANumber() throws {
        let (_, report) = try problems(TestSupport.yaml(replacing: [5: "  5:\n    level: tiga"]))
        let problem = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(problem.position == SourcePosition(line: 9, column: 12))
        #expect(problem.messageEN.contains("must be a whole number"))
    }

    @Test func missingIndicators() throws {
        let (_, report) = try problems(TestSupport.yaml(replacing: [20: "", 21: "", 22: ""]))
        let problem = try #require(report.problems.first)
        #expect(report.problems.count == 1)
        #expect(problem.position == SourcePosition(line: 3, column: 1))
        #expect(problem.messageEN.contains("No level given for indicator 20-22 (3 of 47)"))
    }

    @Test func duplicateIndicatorPointsAtTheSecondOccurrence() throws {
        let (_, report) = try problems(TestSupport.yaml(extra: ["  7: 2"]))
        let problem = try #require(report.problems.first)
        #expect(problem.position == SourcePosition(line: 51, column: 3))
        #expect(problem.messageEN.contains("'7' appears more than once (first on line 10)"))
        // Written differently ("07") it is caught after reading.
        let (_, second) = try problems(TestSupport.yaml(extra: ["  07: 2"]))
        #expect(second.problems.first?.position == SourcePosition(line: 51, column: 3))
        #expect(second.problems.first?.messageEN.contains("Indicator 7 is given more than once (first on line 10)") == true)
    }

    @Test func malformedYAML() throws {
        let (_, report) = try problems(TestSupport.yaml(replacing: [9: "  9: [3"]))
        let problem = try #require(report.problems.first)
        #expect(problem.position.line >= 12)
        #expect(problem.messageEN.hasPrefix("Invalid YAML"))
    }

    @Test func unknownKeyIsReported() throws {
        let (_, report) = try problems("institusi: Kota Uji\n" + TestSupport.yaml(header: ""))
        let problem = try #require(report.problems.first)
        #expect(problem.position == SourcePosition(line: 1, column: 1))
        #expect(problem.messageEN.contains("Unknown key 'institusi'"))
    }

    @Test func unreadableAndMissingFiles() throws {
        let folder = try TestSupport.temporaryFile("", name: "empty.yml")
        let missing = folder + ".does-not-exist.yml"
        let directory = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        let good = try TestSupport.temporaryFile(TestSupport.yaml(), name: "good.yml")
        let report = IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [missing, directory, folder, good])
        #expect(report.problems.map(\.path) == [missing, directory, folder])
        #expect(report.problems.allSatisfy { $0.position == .start })
        #expect(report.problems[0].messageEN == "File not found.")
        #expect(report.problems[1].messageEN.hasPrefix("Not a regular file (a folder)"))
        #expect(report.problems[2].messageEN == "Empty file.")
        // The good file is still scored.
        #expect(report.results.count == 1)
    }

    @Test func frameworkMismatchIsReported() throws {
        let path = try TestSupport.temporaryFile("framework: permenpanrb-8-2026\n" + TestSupport.yaml(), name: "a.yml")
        let report = IndexRun(framework: "permenpanrb-59-2020", frameworksFolder: TestSupport.frameworks).run(paths: [path])
        #expect(report.problems.first?.position == SourcePosition(line: 1, column: 12))
        let unknown = try TestSupport.temporaryFile("framework: permenpanrb-99-2030\n" + TestSupport.yaml(), name: "b.yml")
        let second = IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [unknown])
        #expect(second.problems.first?.path == unknown)
        #expect(second.problems.first?.messageEN.contains("Unknown evaluation framework 'permenpanrb-99-2030'") == true)
    }

    // MARK: CSV

    private func csv(_ rows: [String], header: String = "institution,year,indicator,level,evidence") -> String {
        ([header] + rows).joined(separator: "\n") + "\n"
    }

    private func fullRows(year: Int = 2024, level: (Int) -> String = { _ in "3" }) -> [String] {
        (1...47).map { "Kota Uji,\(year),\($0),\(level($0)),Perwal 1/2024" }
    }

    @Test func validCSVWithTwoYearsGivesTwoAssessments() throws {
        let (_, report) = try problems(csv(fullRows(year: 2023) + fullRows(year: 2024) { $0 == 47 ? "5" : "3" }), name: "a.csv")
        #expect(report.problems.isEmpty)
        #expect(report.results.map(\.assessment.year) == [2023, 2024])
        #expect(report.results[1].index == FixedPoint("3.06"))
        #expect(report.results[0].indicator(1)?.evidence == ["Perwal 1/2024"])
    }

    @Test func csvErrorsCarryLineAndColumn() throws {
        var rows = fullRows()
        rows[11] = "Kota Uji,2024,12,7,x"        // line 13: level out of range at column 18
        rows[20] = "Kota Uji,2024,99,3,x"        // line 22: unknown indicator at column 15
        rows.append("Kota Uji,2024,5,3,x")       // line 49: duplicate of indicator 5
        let (_, report) = try problems(csv(rows), name: "b.csv")
        let found = report.problems.map { "\($0.position.line):\($0.position.column)" }
        // The missing indicator (21, replaced by 99) is reported at the group's first row.
        #expect(found == ["2:1", "13:18", "22:15", "49:15"])
        #expect(report.problems.contains { $0.messageEN.contains("Level 7 for indicator 12") })
        #expect(report.problems.contains { $0.messageEN.contains("Unknown indicator 99") })
        #expect(report.problems.contains { $0.messageEN.contains("Indicator 5 is given more than once (first on line 6)") })
        #expect(report.problems.contains { $0.messageEN.contains("No level given for indicator 21") })
    }

    @Test func malformedCSV() throws {
        var rows = fullRows()
        rows[2] = "Kota Uji,2024,3,3,\"Perwal 1/2024"
        let (_, report) = try problems(csv(rows), name: "c.csv")
        #expect(report.problems.first?.position == SourcePosition(line: 4, column: 19))
        #expect(report.problems.first?.messageEN == "Malformed CSV: unterminated quote.")
        let (_, missingColumn) = try problems("instansi;tahun;indikator\nKota;2024;1\n", name: "d.csv")
        #expect(missingColumn.problems.first?.messageEN == "The CSV header has no 'level' column.")
    }

    @Test func semicolonCSVWithIndonesianHeaders() throws {
        let rows = (1...47).map { "Kota Uji;2024;\($0);2;\"Perwal 1/2024 | SK 2/2024\"" }
        let text = (["instansi;tahun;indikator;tingkat;bukti"] + rows).joined(separator: "\r\n")
        let (_, report) = try problems(text, name: "e.csv")
        #expect(report.problems.isEmpty)
        #expect(report.results.first?.index == FixedPoint("2.00"))
        #expect(report.results.first?.indicator(2)?.evidence == ["Perwal 1/2024", "SK 2/2024"])
    }
}
