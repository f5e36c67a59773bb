import SPBELintCore

/// Checks a parsed assessment against a framework: unknown indicators, levels out of range, missing indicators.
public enum AssessmentValidator {
    /// Every problem of the assessment: those found while reading it, then those against the framework.
    public static func problems(_ parsed: ParsedAssessment, framework: EvaluationFramework) -> [InputProblem] {
        let assessment = parsed.assessment
        var problems = parsed.problems
        func add(_ position: SourcePosition, _ message: String, _ messageEN: String) {
            problems.append(InputProblem(path: assessment.path, position: position, message: message, messageEN: messageEN))
        }
        for entry in assessment.indicators {
            guard let indicator = framework.indicator(entry.number) else {
                let last = framework.indicators.last?.number ?? 0
                add(entry.position, "Indikator \(entry.number) tidak dikenal dalam \(framework.id) (indikator 1-\(last)).",
                    "Unknown indicator \(entry.number) in \(framework.id) (indicators 1-\(last)).")
                continue
            }
            let scale = framework.scale(of: indicator)
            let range = (scale?.minimum ?? 1)...(scale?.maximum ?? 5)
            if !range.contains(entry.level) {
                add(entry.levelPosition, "Tingkat \(entry.level) untuk indikator \(entry.number) di luar rentang \(range.lowerBound)-\(range.upperBound).",
                    "Level \(entry.level) for indicator \(entry.number) is out of range \(range.lowerBound)-\(range.upperBound).")
            }
        }
        let missing = framework.indicators.map(\.number).filter { !parsed.mentioned.contains($0) && assessment.level(of: $0) == nil }
        if !missing.isEmpty {
            let list = IndicatorList.compact(missing)
            add(assessment.position, "Tingkat indikator \(list) tidak diisi (\(missing.count) dari \(framework.indicators.count)).",
                "No level given for indicator \(list) (\(missing.count) of \(framework.indicators.count)).")
        }
        return problems.sorted { $0.position < $1.position }
    }
}

/// Writes lists of indicator numbers compactly, e.g. "1-3, 7, 12".
enum IndicatorList {
    static func compact(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var start: Int?
        var previous: Int?
        for number in numbers.sorted() + [Int.min] {
            if let p = previous, number == p + 1 { previous = number; continue }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)-\(p)") }
            start = number
            previous = number
        }
        return parts.joined(separator: ", ")
    }
}
