import Foundation
import SPBELintCore

/// Runs the whole `index` pipeline on files: read, pick the framework, validate, score, build trends.
public struct IndexRun: Sendable {
    /// A framework id or path given on the command line; nil to use each file's own or the default.
    public var framework: String?
    /// Where framework files are looked up (default: the shipped `Frameworks/` folder).
    public var frameworksFolder: URL?
    /// A target that overrides the files' own targets.
    public var target: FixedPoint?

    public init(framework: String? = nil, frameworksFolder: URL? = nil, target: FixedPoint? = nil) {
        self.framework = framework
        self.frameworksFolder = frameworksFolder
        self.target = target
    }

    /// Processes every file; a bad file is reported and the others are still scored.
    public func run(paths: [String]) -> IndexReport {
        var frameworks: [String: EvaluationFramework] = [:]
        var problems: [InputProblem] = []
        var results: [IndexResult] = []

        var forced: EvaluationFramework?
        if let framework {
            do {
                let loaded = try EvaluationFramework.load(id: framework, folder: frameworksFolder)
                forced = loaded
                frameworks[loaded.id] = loaded
            } catch let error as FrameworkError {
                return IndexReport(results: [], frameworks: [:], trends: [], problems: [error])
            } catch {
                return IndexReport(results: [], frameworks: [:], trends: [],
                                   problems: [InputProblem(path: framework, message: "\(error)", messageEN: "\(error)")])
            }
        }

        for path in paths {
            let file = AssessmentReader.read(path: path)
            problems += file.problems
            for parsed in file.assessments {
                let assessment = parsed.assessment
                let chosen: EvaluationFramework
                if let forced {
                    if let declared = assessment.framework, declared != forced.id {
                        problems.append(InputProblem(
                            path: path, position: assessment.frameworkPosition,
                            message: "Berkas menyatakan kerangka '\(declared)', tetapi --framework \(forced.id) diminta.",
                            messageEN: "The file declares framework '\(declared)' but --framework \(forced.id) was given."))
                        continue
                    }
                    chosen = forced
                } else {
                    let id = assessment.framework ?? EvaluationFramework.defaultID
                    if let cached = frameworks[id] {
                        chosen = cached
                    } else {
                        do {
                            chosen = try EvaluationFramework.load(id: id, folder: frameworksFolder)
                            frameworks[chosen.id] = chosen
                            frameworks[id] = chosen
                        } catch let error as FrameworkError {
                            var problem = error
                            if assessment.framework != nil { problem.path = path; problem.position = assessment.frameworkPosition }
                            problems.append(problem)
                            continue
                        } catch {
                            problems.append(InputProblem(path: path, message: "\(error)", messageEN: "\(error)"))
                            continue
                        }
                    }
                }
                let found = AssessmentValidator.problems(parsed, framework: chosen)
                guard found.isEmpty else {
                    problems += found
                    continue
                }
                results.append(IndexCalculator(framework: chosen).score(assessment, target: target))
            }
        }
        var byID: [String: EvaluationFramework] = [:]
        for framework in frameworks.values { byID[framework.id] = framework }
        return IndexReport(results: results, frameworks: byID, trends: Trend.build(from: results), problems: problems)
    }
}
