import ArgumentParser
import Foundation
import SPBELintCore
import SPBEIndex

/// `spbelint risk PATH...`: which evaluation indicators a plan's gaps put at risk, and the highest
/// level the document can support for them.
struct RiskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "risk",
        abstract: "List the evaluation indicators a master plan's findings put at risk.",
        discussion: """
            Findings are made as by `check`: the nearest .spbelint.yml (or --config) and inline spbelint-disable \
            comments apply. Exit codes: 0 done (whether or not indicators are at risk); 2 bad input, flag or configuration.
            """)

    @OptionGroup var inputs: LintInputOptions

    @OptionGroup var configOptions: ConfigurationOptions

    @Option(help: "Output format: text or json.")
    var format: RiskFormat = .text

    @OptionGroup var common: CommonOptions

    func run() throws {
        // The same pipeline as `check`: `.spbelint.yml` and inline comments change the risks as they
        // change the findings; nothing is gated.
        var request = inputs.request(configuration: configOptions.mode)
        request.keepsDocumentBodies = false
        request.readAhead()
        let catalog = try common.loadCatalog()
        let framework: EvaluationFramework
        do {
            framework = try EvaluationFramework.load(id: EvaluationFramework.defaultID)
        } catch {
            FileOutput.standardError("error: \(error)\n")
            throw ExitCode(2)
        }
        let outcome = try CheckPipeline(rules: catalog.rules, request: request).runOrExit()
        let result = outcome.result
        let reports = result.documents.map { document in
            let links = result.findings.filter { $0.path == document.path }.flatMap { finding in
                finding.indicators.filter { $0.framework == framework.id }.map { (number: $0.number, severity: finding.severity.rawValue) }
            }
            return DocumentRisk(path: document.path, risks: framework.indicatorsAtRisk(linkedIndicators: links))
        }
        for problem in result.problems { FileOutput.standardError(problem.rendered(in: common.language) + "\n") }
        let renderer = RiskRenderer(framework: framework, language: common.language)
        FileOutput.standardOutput(format == .json ? renderer.json(reports) : renderer.text(reports))
        if outcome.status != .passed { throw ExitCode(outcome.status.rawValue) }
    }
}

/// The output formats of `spbelint risk`.
enum RiskFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The indicators at risk in one document.
struct DocumentRisk {
    var path: String
    var risks: [IndicatorRisk]
}

/// Renders indicator risks as text or JSON.
struct RiskRenderer {
    let framework: EvaluationFramework
    let language: Language

    func text(_ reports: [DocumentRisk]) -> String {
        let en = language == .en
        var lines: [String] = []
        for report in reports {
            lines.append(en ? "\(report.path): \(report.risks.count) indicator(s) of \(framework.instrument) at risk"
                            : "\(report.path): \(report.risks.count) indikator \(framework.instrument) berisiko")
            for risk in report.risks {
                let cap = risk.cap.map { en ? "document supports at most level \($0)" : "dokumen mendukung paling tinggi level \($0)" }
                    ?? (en ? "no level cap" : "tanpa batas level")
                let points = risk.pointsAtRisk.formatted(places: 2, separator: en ? "." : ",")
                lines.append("  \(risk.indicator.number). \(risk.indicator.name): \(cap); "
                             + (en ? "\(risk.findings) finding(s), worst \(risk.severity); up to \(points) index points"
                                   : "\(risk.findings) temuan, terberat \(risk.severity); hingga \(points) poin indeks"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func json(_ reports: [DocumentRisk]) -> String {
        let documents: [[String: Any]] = reports.map { report in
            ["path": report.path,
             "indicators": report.risks.map { risk -> [String: Any] in
                 var entry: [String: Any] = ["framework": framework.id, "number": risk.indicator.number,
                                             "name": risk.indicator.name, "severity": risk.severity,
                                             "findings": risk.findings,
                                             "pointsAtRisk": Double(risk.pointsAtRisk.formatted(places: 2)) ?? 0]
                 if let cap = risk.cap { entry["maxLevel"] = cap }
                 return entry
             }]
        }
        let object: [String: Any] = ["schemaVersion": 1, "documents": documents]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
