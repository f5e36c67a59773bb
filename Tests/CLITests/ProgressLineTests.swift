import Foundation
import Testing

/// The progress line of `check`: on a terminal's stderr only, rewritten with `\r` and cleared, never
/// under CI, `--quiet`, `NO_COLOR` or a pipe. A terminal comes from `script` (util-linux), which the
/// test skips when it is absent.
@Suite("Progress line")
struct ProgressLineTests {
    static let script = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs `spbelint ARGS` on a pseudo-terminal (stdout and stderr both) and returns what it printed.
    private func onTerminal(_ arguments: [String], environment: [String: String]) throws -> String {
        guard let script = Self.script, let binary = CLIRunner.binary else { return "" }
        let command = ([binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = CLIRunner.repository
        var env = ProcessInfo.processInfo.environment
        for key in ["CI", "NO_COLOR", "FORCE_COLOR"] { env[key] = nil }
        env["LANG"] = "id_ID.UTF-8"
        env["SPBELINT_PROGRESS_AFTER"] = "0"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("on a terminal: \"N/13 dokumen…\" rewritten with \\r, then cleared before the report",
          .enabled(if: script != nil))
    func shownOnTerminal() throws {
        let output = try onTerminal(["check", "--fail-on", "never", "Examples"], environment: [:])
        #expect(output.contains("\r13/13 dokumen…"), "\(output.prefix(300))")
        #expect(output.contains("\r" + String(repeating: " ", count: "13/13 dokumen…".count) + "\r"), "the line is cleared")
        #expect(output.contains("dokumen diperiksa"))
        let english = try onTerminal(["check", "--fail-on", "never", "--lang", "en", "Examples"], environment: [:])
        #expect(english.contains("/13 documents…"))
    }

    @Test("hidden under CI, --quiet and NO_COLOR, and after only a short run", .enabled(if: script != nil))
    func hiddenOnTerminal() throws {
        let examples = ["check", "--fail-on", "never", "Examples"]
        #expect(!(try onTerminal(examples, environment: ["CI": "true"])).contains("dokumen…"))
        #expect(!(try onTerminal(examples, environment: ["NO_COLOR": "1"])).contains("dokumen…"))
        #expect(!(try onTerminal(["check", "--quiet", "--fail-on", "never", "Examples"], environment: [:])).contains("dokumen…"))
        #expect(!(try onTerminal(examples, environment: ["SPBELINT_PROGRESS_AFTER": "60"])).contains("dokumen…"),
                "a run shorter than the delay shows nothing")
    }

    @Test("never when stderr is not a terminal, nor in a machine format on stdout")
    func hiddenInPipes() throws {
        let run = try CLIRunner.run(["check", "--fail-on", "never", "--format", "json", "Examples"],
                                    environment: ["SPBELINT_PROGRESS_AFTER": "0"])
        #expect(!run.stderr.contains("dokumen…") && !run.stdout.contains("dokumen…"))
        #expect(!run.stdout.contains("\r"))
    }
}
