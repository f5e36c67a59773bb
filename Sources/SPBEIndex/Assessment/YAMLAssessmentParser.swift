import SPBELintCore
import Yams

/// Parses the YAML self-assessment format (see Docs/index.md).
struct YAMLAssessmentParser {
    var path: String

    func parse(_ text: String) -> ParsedFile {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return ParsedFile(path: path, problems: [problem(.start, "Berkas kosong.", "Empty file.")])
            }
            root = node
        } catch {
            let syntax = YAMLSyntaxProblem(error, text: text)
            return ParsedFile(path: path, problems: [problem(syntax.position, syntax.message, syntax.messageEN)])
        }
        if let place = YAMLAliasBudget.exceeded(root) {
            return ParsedFile(path: path, problems: [problem(SourcePosition(line: place.line, column: place.column),
                                                             "YAML ditolak: \(YAMLAliasBudget.messageID).", "YAML refused: \(YAMLAliasBudget.message).")])
        }
        guard let mapping = root.mapping else {
            return ParsedFile(path: path, problems: [problem(root.position, "Akar berkas harus berupa pemetaan (institution, year, indicators).",
                                                             "The file's root must be a mapping (institution, year, indicators).")])
        }
        var assessment = SelfAssessment(path: path, position: root.position)
        var problems: [InputProblem] = []
        var mentioned: Set<Int> = []
        var sawIndicators = false

        for (keyNode, value) in mapping {
            let key = keyNode.scalarText ?? ""
            guard let name = AssessmentKeys.canonical(key, among: AssessmentKeys.topLevel) else {
                if !key.lowercased().hasPrefix("x-") {
                    problems.append(problem(keyNode.position, "Kunci '\(key)' tidak dikenal (yang dikenal: institution, year, framework, target, indicators).",
                                            "Unknown key '\(key)' (known: institution, year, framework, target, indicators)."))
                }
                continue
            }
            switch name {
            case "institution":
                assessment.institution = value.scalarText
            case "year":
                if let year = value.scalarText.flatMap({ Int($0) }) { assessment.year = year } else {
                    problems.append(problem(value.position, "Tahun harus bilangan bulat.", "The year must be a whole number."))
                }
            case "framework":
                assessment.framework = value.scalarText
                assessment.frameworkPosition = value.position
            case "target":
                if let target = value.scalarText.flatMap(FixedPoint.init) { assessment.target = target } else {
                    problems.append(problem(value.position, "Target indeks harus bilangan desimal, misalnya 3.00.",
                                            "The index target must be a decimal number, e.g. 3.00."))
                }
            default:
                sawIndicators = true
                assessment.position = keyNode.position
                readIndicators(value, into: &assessment, problems: &problems, mentioned: &mentioned)
            }
        }
        if !sawIndicators {
            problems.append(problem(root.position, "Kunci 'indicators' (tingkat setiap indikator) tidak ada.",
                                    "The 'indicators' key (the level of each indicator) is missing."))
        }
        return ParsedFile(path: path, assessments: [ParsedAssessment(assessment: assessment, problems: problems, mentioned: mentioned)])
    }

    private func readIndicators(_ node: Node, into assessment: inout SelfAssessment,
                                problems: inout [InputProblem], mentioned: inout Set<Int>) {
        guard let mapping = node.mapping else {
            problems.append(problem(node.position, "'indicators' harus berupa pemetaan nomor indikator ke tingkat, misalnya `11: 3`.",
                                    "'indicators' must map indicator numbers to levels, e.g. `11: 3`."))
            return
        }
        var seen: [Int: SourcePosition] = [:]
        for (keyNode, value) in mapping {
            let keyText = keyNode.scalarText ?? ""
            guard let number = Int(keyText) else {
                problems.append(problem(keyNode.position, "'\(keyText)' bukan nomor indikator.", "'\(keyText)' is not an indicator number."))
                continue
            }
            mentioned.insert(number)
            if let first = seen[number] {
                problems.append(problem(keyNode.position, "Indikator \(number) diisi lebih dari sekali (pertama pada baris \(first.line)).",
                                        "Indicator \(number) is given more than once (first on line \(first.line))."))
                continue
            }
            seen[number] = keyNode.position
            var entry = AssessedIndicator(number: number, level: 0, position: keyNode.position, levelPosition: value.position)
            var levelNode: Node? = value
            if let details = value.mapping {
                levelNode = nil
                for (fieldNode, fieldValue) in details {
                    let field = fieldNode.scalarText ?? ""
                    switch AssessmentKeys.canonical(field, among: AssessmentKeys.entry) {
                    case "level": levelNode = fieldValue
                    case "evidence": entry.evidence = fieldValue.sequence.map { $0.compactMap(\.scalarText) } ?? fieldValue.scalarText.map { [$0] } ?? []
                    case "note": entry.note = fieldValue.scalarText
                    default:
                        if !field.lowercased().hasPrefix("x-") {
                            problems.append(problem(fieldNode.position, "Kunci '\(field)' tidak dikenal pada indikator \(number) (yang dikenal: level, evidence, note).",
                                                    "Unknown key '\(field)' in indicator \(number) (known: level, evidence, note)."))
                        }
                    }
                }
            }
            guard let levelNode else {
                problems.append(problem(value.position, "Indikator \(number) tidak memiliki 'level'.", "Indicator \(number) has no 'level'."))
                continue
            }
            guard let text = levelNode.scalarText, let level = Int(text) else {
                problems.append(problem(levelNode.position, "Tingkat indikator \(number) harus bilangan bulat, bukan '\(levelNode.scalarText ?? "?")'.",
                                        "The level of indicator \(number) must be a whole number, not '\(levelNode.scalarText ?? "?")'."))
                continue
            }
            entry.level = level
            entry.levelPosition = levelNode.position
            assessment.indicators.append(entry)
        }
    }

    private func problem(_ position: SourcePosition, _ message: String, _ messageEN: String) -> InputProblem {
        InputProblem(path: path, position: position, message: message, messageEN: messageEN)
    }
}
