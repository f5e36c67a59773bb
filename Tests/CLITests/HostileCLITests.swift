import Foundation
import Testing

/// Regression tests for issue 14 through the binary: outputs, special files, exit codes.
@Suite("spbelint: hostile and unlucky outputs and inputs")
struct HostileCLITests {
    let draft = CLIRunner.repository.appendingPathComponent("Examples/kota-contoh-draf.md").path

    /// Runs the binary with stdout going to `stdoutPath` (a file or device) instead of a pipe.
    static func run(_ arguments: [String], stdout: FileHandle, in directory: URL = CLIRunner.repository,
                    timeout: Double = 60) throws -> (status: Int32, stderr: String) {
        guard let binary = CLIRunner.binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "en_US.UTF-8"
        process.environment = env
        let err = Pipe()
        process.standardOutput = stdout
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// Starts the binary without waiting for it.
    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        guard let binary = CLIRunner.binary else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits for a process; kills it and returns nil after `seconds`.
    static func wait(_ process: Process, seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    @Test("9. --output to a device writes through it and leaves the device node in place")
    func deviceOutput() throws {
        let folder = try CLIRunner.temporaryFolder()
        let null = folder.appendingPathComponent("null")
        // Our own character device (1,3 is /dev/null) when we may make one, else the real /dev/null.
        let device = mknod(null.path, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 ? null.path : "/dev/null"
        let output = try CLIRunner.run(["check", "--fail-on", "info", "--output", device, draft])
        #expect(output.status == 1)
        var info = stat()
        #expect(stat(device, &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "the device was replaced by a file")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("spbelint") }
        #expect(leftovers.isEmpty)
    }

    @Test("9, 12. a full device or a missing folder: `path: error: message` in the user's language, exit 2")
    func writeFailures() throws {
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try CLIRunner.run(["check", "--lang", "en", "--output", "/dev/full", draft])
            #expect(full.status == 2)
            #expect(full.stderr.contains("/dev/full: error: cannot write the output: No space left on device."), "\(full.stderr)")
        }
        let missing = try CLIRunner.run(["check", "--report", "sarif=/tidak/ada/laporan.sarif", draft])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/tidak/ada/laporan.sarif: error: tidak dapat menulis keluaran: folder tidak ada."), "\(missing.stderr)")
        #expect(!missing.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test("11. a full or closed stdout is reported with exit 2, not a crash")
    func brokenStdout() throws {
        if let full = FileHandle(forWritingAtPath: "/dev/full") {
            let result = try Self.run(["check", draft], stdout: full)
            #expect(result.status == 2)
            #expect(result.stderr.contains("stdout: error: cannot write the output"))
        }
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let closed = try Self.run(["check", draft], stdout: pipe.fileHandleForWriting)
        #expect(closed.status == 2)
        #expect(closed.stderr.contains("stdout: error:"))
    }

    @Test("10. outputs that are inputs are refused by resolved path and inode")
    func outputsThatAreInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        let input = folder.appendingPathComponent("draf.md")
        try FileManager.default.copyItem(atPath: draft, toPath: input.path)
        let before = try Data(contentsOf: input)
        // A symbolic link and a hard link to the input, and a path through `..`.
        let link = folder.appendingPathComponent("tautan.txt")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: input.path)
        let hard = folder.appendingPathComponent("keras.txt")
        try FileManager.default.linkItem(atPath: input.path, toPath: hard.path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for output in [link.path, hard.path, folder.path + "/sub/../draf.md"] {
            let refused = try CLIRunner.run(["check", "--output", output, input.path])
            #expect(refused.status == 2, "\(output)")
        }
        var info = stat()
        #expect(lstat(link.path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK, "the symlink was replaced")
        // --baseline B --write-baseline B.
        let baseline = folder.appendingPathComponent("baseline.json")
        #expect(try CLIRunner.run(["check", "--fail-on", "info", "--write-baseline", baseline.path, input.path]).status == 1)
        let recorded = try Data(contentsOf: baseline)
        let same = try CLIRunner.run(["check", "--baseline", baseline.path, "--write-baseline", baseline.path, input.path])
        #expect(same.status == 2)
        #expect(try Data(contentsOf: baseline) == recorded)
        // --rules DIR --output DIR/.../rule.yml.
        let pack = CLIRunner.repository.appendingPathComponent("Rules/perpres-95-2018")
        let rule = pack.appendingPathComponent("dasar-hukum/rule.yml")
        let ruleBefore = try Data(contentsOf: rule)
        let intoPack = try CLIRunner.run(["check", "--no-default-rules", "--rules", pack.path, "--output", rule.path, input.path])
        #expect(intoPack.status == 2)
        #expect(try Data(contentsOf: rule) == ruleBefore)
        #expect(try Data(contentsOf: input) == before)
    }

    @Test("10. index --output X X is refused")
    func indexOverwrite() throws {
        let folder = try CLIRunner.temporaryFolder()
        let assessment = folder.appendingPathComponent("penilaian.yml")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Examples/index/kota-contoh-2024.yml"), to: assessment)
        let before = try Data(contentsOf: assessment)
        let output = try CLIRunner.run(["index", "--output", assessment.path, assessment.path])
        #expect(output.status == 2)
        #expect(try Data(contentsOf: assessment) == before)
    }

    @Test("13. SIGTERM while outputs are written leaves no temporary file and no half-written output")
    func signalCleanup() throws {
        let folder = try CLIRunner.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipa").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The JSON report is staged first; then spbelint blocks opening the FIFO (no reader).
        let process = try Self.start(["check", "--report", "json=laporan.json", "--output", fifo, draft], in: folder)
        let deadline = Date().addingTimeInterval(60)
        var staged = false
        while Date() < deadline, process.isRunning {
            staged = (try FileManager.default.contentsOfDirectory(atPath: folder.path)).contains { $0.hasPrefix(".laporan.json.spbelint-") }
            if staged { break }
            usleep(20_000)
        }
        #expect(staged, "no staged temporary file was seen")
        usleep(300_000)   // let it reach the FIFO, where it blocks
        process.terminate()
        let deadlineToDie = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadlineToDie { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["pipa"], "\(left)")
    }

    @Test("14. a FIFO and a link to /dev/zero on the command line are refused, and the run finishes")
    func specialInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("pipa.md").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("nol.md").path, withDestinationPath: "/dev/zero")
        try FileManager.default.copyItem(atPath: draft, toPath: folder.appendingPathComponent("draf.md").path)
        let process = Process()
        guard let binary = CLIRunner.binary else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = binary
        process.arguments = ["check", "--lang", "en", "pipa.md", "nol.md", "draf.md"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let status = Self.wait(process, seconds: 60)
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 2, "the run hung or passed")
        #expect(text.contains("pipa.md: error: Not a regular file (a FIFO"), "\(text)")
        #expect(text.contains("nol.md: error: Not a regular file (a device"))
        #expect(text.contains("draf.md:11:1: info:"), "the other input is still linted")
    }

    @Test("18. --max-file-size must be positive")
    func maxFileSize() throws {
        for command in ["check", "report"] {
            let output = try CLIRunner.run([command, "--max-file-size", "-1", draft])
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.contains("--max-file-size"))
        }
    }

    @Test("16, 17. a non-UTF-8 file name fails the run; ANSI escapes in a file name are never printed raw")
    func fileNames() throws {
        let folder = try CLIRunner.temporaryFolder()
        try FileManager.default.copyItem(atPath: draft, toPath: folder.appendingPathComponent("dok\u{1B}[31mmerah.md").path)
        let fd = open(folder.path + "/buruk-\u{1}.md", O_CREAT | O_WRONLY, 0o644)
        close(fd)
        var latin1 = Array((folder.path + "/latin-").utf8) + [0xE9] + Array(".md".utf8) + [0]
        let bad = latin1.withUnsafeMutableBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        try #require(bad >= 0)
        close(bad)
        let output = try CLIRunner.run(["check", "--lang", "en", folder.path])
        #expect(output.status == 2)
        #expect(output.stdout.contains("A file name is not UTF-8 (latin-\\xE9.md)"))
        #expect(!output.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x01 })
        #expect(output.stdout.contains("dok\\u{1B}[31mmerah.md:11:1: info:"))
    }

    @Test("15. extends outside the repository is refused without echoing the file")
    func extendsOutside() throws {
        let outside = try CLIRunner.temporaryFolder()
        try "root: $6$rahasia$hash:19000:0:99999:7:::\n".write(to: outside.appendingPathComponent("shadow"), atomically: true, encoding: .utf8)
        let repository = try CLIRunner.temporaryFolder()
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: draft, toPath: repository.appendingPathComponent("draf.md").path)
        try "extends: \(outside.appendingPathComponent("shadow").path)\n".write(
            to: repository.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        let output = try CLIRunner.run(["check", "draf.md"], in: repository)
        #expect(output.status == 2)
        #expect(output.stderr.contains("inside the repository"))
        #expect(!output.stderr.contains("rahasia") && !output.stdout.contains("rahasia"))
    }

    @Test("8. --no-coverage leaves coverage out of JSON; --coverage still prints it in text")
    func coverageFlags() throws {
        let lean = try CLIRunner.run(["check", "--format", "json", "--fail-on", "info", "--no-coverage", draft])
        #expect(lean.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lean.stdout.utf8)) as? [String: Any])
        #expect(object["coverage"] == nil && object["findings"] != nil)
        let full = try CLIRunner.run(["check", "--format", "json", draft])
        #expect((try JSONSerialization.jsonObject(with: Data(full.stdout.utf8)) as? [String: Any])?["coverage"] != nil)
        let text = try CLIRunner.run(["check", "--coverage", "--lang", "en", draft])
        #expect(text.stdout.contains("Coverage of"))
    }
}
