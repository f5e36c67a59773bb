import Foundation
import SPBEIndex
import SPBELintCore
import Testing

@Suite("Trends and reports")
struct TrendTests {
    private func twoYears() throws -> IndexReport {
        let first = try TestSupport.temporaryFile(TestSupport.yaml(level: 2, header: "institution: Kota Uji\nyear: 2023\n"), name: "2023.yml")
        let second = try TestSupport.temporaryFile(
            TestSupport.yaml(level: 2, header: "institution: Kota Uji\nyear: 2024\ntarget: 2.60\n",
                             replacing: [11: "  11: 3", 12: "  12: 4", 42: "  42: 3"]), name: "2024.yml")
        // Given newest first: the trend still sorts by year.
        return IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [second, first])
    }

    @Test func trendOfTwoYearsHasDeltas() throws {
        let report = try twoYears()
        #expect(report.problems.isEmpty)
        let trend = try #require(report.trends.first)
        #expect(report.trends.count == 1)
        #expect(trend.groupKind == "domain")
        #expect(trend.rows.map(\.year) == [2023, 2024])
        #expect(trend.rows[0].index == FixedPoint("2.00"))
        #expect(trend.rows[0].delta == nil)
        // 2024: +2.50 × 1 + 2.50 × 2 + 3.00 × 1 = 10.50 weighted points → 2.105; nested: 2.11.
        #expect(trend.rows[1].index == FixedPoint("2.11"))
        #expect(trend.rows[1].delta == FixedPoint("0.11"))
        #expect(trend.rows[1].previousYear == 2023)
        #expect(trend.rows[1].groups.map(\.delta) == [FixedPoint("0.00"), FixedPoint("0.30"), FixedPoint("0.00"), FixedPoint("0.07")])
        #expect(trend.rows[1].changes.map(\.number) == [11, 12, 42])
        #expect(trend.rows[1].changes[1].from == 2 && trend.rows[1].changes[1].to == 4)
        #expect(trend.rows.map(\.rank) == [1, 1])
    }

    @Test func textReportInBothLanguages() throws {
        let report = try twoYears()
        let indonesian = TextReportRenderer(language: .id).render(report)
        #expect(indonesian.contains("Indeks: 2,11   Predikat: Cukup"))
        #expect(indonesian.contains("Tren dan perbandingan (permenpanrb-59-2020)"))
        #expect(indonesian.contains("Target 2,60: selisih 0,49."))
        #expect(indonesian.contains("Perubahan tingkat Kota Uji 2023→2024: 11: 2→3, 12: 2→4, 42: 2→3"))
        let english = TextReportRenderer(language: .en).render(report)
        #expect(english.contains("Index: 2.11   Predicate: Cukup (Fair)"))
        #expect(english.contains("Trend and comparison"))
        #expect(english.contains("Target 2.60: gap 0.49."))
        #expect(english.contains("Cheapest path:"))
    }

    @Test func jsonReportHasStableFields() throws {
        let report = try twoYears()
        let json = try JSONReportRenderer(language: .en, failBelow: FixedPoint("2.10")).render(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let assessments = try #require(object["assessments"] as? [[String: Any]])
        #expect(assessments.count == 2)
        let newest = try #require(assessments.first)
        #expect(newest["index"] as? Double == 2.11)
        #expect(newest["predicate"] as? String == "Cukup")
        #expect((newest["indicators"] as? [Any])?.count == 47)
        #expect((newest["domains"] as? [Any])?.count == 4)
        #expect((newest["aspects"] as? [Any])?.count == 8)
        let target = try #require(newest["target"] as? [String: Any])
        #expect(target["gap"] as? Double == 0.49)
        #expect(target["reachable"] as? Bool == true)
        let improvements = try #require(newest["improvements"] as? [[String: Any]])
        #expect(improvements.first?["rank"] as? Int == 1)
        #expect(Set(improvements.first?.keys.map { $0 } ?? []) == ["rank", "number", "name", "level", "maxLevel", "weight", "levelsMissing", "gain", "gainPerLevel"])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["belowThreshold"] as? Int == 1)
        #expect(json.contains("\"index\" : 2.11"))
        let trends = try #require(object["trends"] as? [[String: Any]])
        let rows = try #require(trends.first?["rows"] as? [[String: Any]])
        #expect(rows.last?["delta"] as? Double == 0.11)
    }

    @Test func institutionsAreComparedAndRanked() throws {
        let a = try TestSupport.temporaryFile(TestSupport.yaml(level: 2, header: "institution: Kota A\nyear: 2024\n"), name: "a.yml")
        let b = try TestSupport.temporaryFile(TestSupport.yaml(level: 3, header: "institution: Kota B\nyear: 2024\n"), name: "b.yml")
        let report = IndexRun(frameworksFolder: TestSupport.frameworks).run(paths: [a, b])
        let rows = try #require(report.trends.first?.rows)
        #expect(rows.map(\.institution) == ["Kota A", "Kota B"])
        #expect(rows.map(\.rank) == [2, 1])
        #expect(rows.allSatisfy { $0.delta == nil })
    }
}
