import ArgumentParser
import SPBELintCore

extension CheckPipeline {
    /// Runs the pipeline for a command; a configuration, waivers, baseline or ratchet file it cannot
    /// use is printed as `file:line:column: error: message` and exits 2.
    func runOrExit() throws -> CheckOutcome {
        do {
            return try run()
        } catch {
            FileOutput.standardError("\(error)\n")
            throw ExitCode(2)
        }
    }
}
