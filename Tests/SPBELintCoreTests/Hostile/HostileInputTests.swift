import Foundation
import Testing
@testable import SPBELintCore

/// Regression tests for issue 14: each writes the hostile input it needs and would fail (hang,
/// blow up, pass silently) on the code before the fix.
@Suite("Hostile inputs: parsing and reading")
struct HostileInputTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spbelint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `body` on another thread; nil when it does not finish within `seconds` (a hang).
    static func within<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = body()
            done.signal()
        }
        return done.wait(timeout: .now() + seconds) == .success ? box.value : nil
    }

    final class Box<T>: @unchecked Sendable { var value: T? }

    static func elapsed(_ body: () throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return clock.now - start
    }

    @Test("1. a YAML alias bomb in front matter is refused at once (exit 2), not expanded")
    func aliasBombFrontMatter() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...10 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let text = "---\njudul: Bom\n\(yaml)---\n\n# Visi\n\nTeks.\n"
        let outcome = Self.within(10) { () -> InputProblem? in
            do throws(InputProblem) {
                _ = try MarkdownDocumentParser().parse(text: text, path: "bom.md")
                return nil
            } catch {
                return error
            }
        }
        let problem = try #require(outcome ?? nil, "the alias bomb hung or was accepted")
        #expect(problem.messageEN.contains("alias"))
        #expect(problem.position.line >= 2)
    }

    @Test("1. configuration, waivers and packs refuse alias bombs too")
    func aliasBombYAML() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: RuleLoadError.self) { try YAMLDecoding.compose(yaml, file: "w.yml") }
        #expect(YAMLAliasBudget.exceeded(try #require(try? YAMLDecoding.compose("a: &a [1, 2]\nb: *a\n", file: "ok.yml"))) == nil)
    }

    @Test("2. minified XML (every element on one line) costs no more than the same XML with line breaks")
    func minifiedXML() throws {
        let section = "<bagian><judul>Bab</judul><paragraf>Isi é.</paragraf></bagian>"
        let root = "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">"
        let parser = XMLDocumentParser(schemaURL: nil)
        var document: Document?
        let minified = try Self.elapsed {
            document = try parser.parse(text: root + String(repeating: section, count: 10_000) + "</dokumen>", path: "min.xml")
        }
        let broken = try Self.elapsed {
            _ = try parser.parse(text: root + String(repeating: section + "\n", count: 10_000) + "</dokumen>", path: "lines.xml")
        }
        #expect(minified < broken * 2 + .seconds(1), "minified \(minified), with line breaks \(broken)")
        let last = try #require(document?.sections.last)
        // Each section is 62 characters long (the é is one character), after the 45-character root tag.
        #expect(last.position == SourcePosition(line: 1, column: 46 + 9_999 * 62))
    }

    @Test("3. cmark-gfm's quadratic bracket input (CVE-2023-22486) is refused before parsing")
    func cmarkBrackets() throws {
        let text = "# Judul\n\n" + String(repeating: "![[]()", count: 50_000) + "\n"
        var problem: InputProblem?
        let time = Self.elapsed {
            do throws(InputProblem) { _ = try MarkdownDocumentParser().parse(text: text, path: "cve.md") } catch { problem = error }
        }
        #expect(time < .seconds(3), "took \(time)")
        #expect(problem?.position.line == 3)
        #expect(problem?.messageEN.contains("safety limit") == true)
        // Ordinary links are fine.
        let links = "# Judul\n\n" + String(repeating: "[Perpres](https://jdih.go.id) ", count: 500) + "\n"
        #expect((try? MarkdownDocumentParser().parse(text: links, path: "ok.md")) != nil)
    }

    @Test("3. a table row wider than the limit is refused")
    func wideTable() throws {
        let row = String(repeating: "|a", count: 10_000) + "|\n"
        let text = "# T\n\n" + row + "|" + String(repeating: "-|", count: 10_000) + "\n" + row
        #expect(throws: InputProblem.self) { try MarkdownDocumentParser().parse(text: text, path: "wide.md") }
    }

    @Test("3. libxml2's pairwise attribute check is guarded: 40,000 attributes are refused at once")
    func manyAttributes() throws {
        let attributes = (0..<40_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        let text = "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">\n<paragraf \(attributes)/></dokumen>"
        var problem: InputProblem?
        let time = Self.elapsed {
            do throws(InputProblem) { _ = try XMLDocumentParser(schemaURL: nil).parse(text: text, path: "attr.xml") } catch { problem = error }
        }
        #expect(time < .seconds(3), "took \(time)")
        #expect(problem?.position.line == 2)
        #expect(problem?.messageEN.contains("attributes") == true)
    }

    @Test("4. the glob matcher is linear: nested ** and stars on a deep path answer at once")
    func globBacktracking() {
        let glob = Glob("**/**/**/**/**/**/*a*a*a*a*a*b")
        let path = Array(repeating: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", count: 30).joined(separator: "/")
        let clock = ContinuousClock()
        let start = clock.now
        #expect(!glob.matches(path))
        #expect(clock.now - start < .seconds(1))
        #expect(Glob("drafts/**").matches("drafts/a/b.md"))
        #expect(Glob("*.draft.md").matches("x/y/z.draft.md"))
        #expect(Glob("lampiran/").matches("lampiran/a.md"))
        #expect(!Glob("a/*/c").matches("a/b/x/c"))
        #expect(Glob("a/**/c").matches("a/c"))
    }

    @Test("5. a diamond of extends merges each file once")
    func extendsDiamond() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        // Level k has two files, each extending both files of level k+1: 2^31 paths through 62 files.
        for level in 0..<31 {
            for side in ["a", "b"] {
                let extends = level == 30 ? "" : "extends: [l\(level + 1)a.yml, l\(level + 1)b.yml]\n"
                try (extends + "ignore: [\"arsip-\(level)\(side)/**\"]\n")
                    .write(to: folder.appendingPathComponent("l\(level)\(side).yml"), atomically: true, encoding: .utf8)
            }
        }
        var loader = ConfigurationLoader(knownRules: [], knownPacks: [])
        var configuration: LintConfiguration?
        let time = try Self.elapsed { configuration = try loader.load(path: folder.appendingPathComponent("l0a.yml").path) }
        #expect(time < .seconds(5))
        #expect(configuration?.files.count == 61)
        #expect(configuration?.ignore.count == 61)
    }

    @Test("14. a FIFO and a symbolic link to /dev/zero are refused without hanging or exhausting memory")
    func specialFiles() throws {
        let folder = try Self.folder()
        let fifo = folder.appendingPathComponent("pipa.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let zero = folder.appendingPathComponent("nol.md").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let loader = DocumentLoader(maxBytes: 1024 * 1024)
        let outcome = Self.within(10) { [loader] in (loader.load(path: fifo), loader.load(path: zero)) }
        let (fromFifo, fromZero) = try #require(outcome, "reading a FIFO or /dev/zero hung")
        guard case .failure(let fifoProblem) = fromFifo, case .failure(let zeroProblem) = fromZero else {
            Issue.record("special files were accepted")
            return
        }
        #expect(fifoProblem.messageEN.contains("FIFO"))
        #expect(zeroProblem.messageEN.contains("device"))
    }

    @Test("14. the size limit holds while reading, whatever the size the file system reports")
    func sizeLimitWhileReading() throws {
        let folder = try Self.folder()
        let big = folder.appendingPathComponent("besar.md")
        try Data(repeating: UInt8(ascii: "a"), count: 3000).write(to: big)
        #expect(throws: SafeFileReader.Failure.self) { try SafeFileReader.read(big.path, limit: 2000) }
        #expect((try? SafeFileReader.read(big.path, limit: 3000))?.count == 3000)
    }

    @Test("16. a file name that is not UTF-8 is reported, not skipped")
    func nonUTF8Name() throws {
        let folder = try Self.folder()
        try "# A\n\nIsi.\n".write(to: folder.appendingPathComponent("baik.md"), atomically: true, encoding: .utf8)
        let name = folder.path + "/buruk-\u{FF}.md"
        var bytes = Array(name.utf8)
        // Replace the UTF-8 of U+00FF (C3 BF) with the single Latin-1 byte FF.
        if let index = bytes.firstIndex(of: 0xC3), bytes[index + 1] == 0xBF { bytes.replaceSubrange(index...index + 1, with: [0xFF]) }
        let fd = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            var cString = Array(buffer) + [0]
            return cString.withUnsafeMutableBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        }
        try #require(fd >= 0)
        close(fd)
        let (files, problems) = InputCollector.collect([folder.path])
        #expect(files == [folder.appendingPathComponent("baik.md").path])
        #expect(problems.count == 1)
        #expect(problems.first?.messageEN.contains("not UTF-8") == true)
        #expect(problems.first?.messageEN.contains("\\xFF") == true)
    }

    @Test("16. an unreadable subfolder is reported, not skipped", .enabled(if: geteuid() != 0, "root reads every folder"))
    func unreadableFolder() throws {
        let folder = try Self.folder()
        let locked = folder.appendingPathComponent("terkunci")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "# A\n".write(to: locked.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try "# B\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let (_, problems) = InputCollector.collect([folder.path])
        #expect(problems.map(\.path) == [locked.path])
    }

    @Test("16. a subfolder that cannot be opened (even by root: its path is too long) is reported, not skipped")
    func unopenableFolder() throws {
        let folder = try Self.folder()
        try "# B\n".write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        // Twenty nested folders of 250 characters: their path is longer than PATH_MAX (4096).
        let name = String(repeating: "d", count: 250)
        var fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        for _ in 0..<20 {
            #expect(mkdirat(fd, name, 0o755) == 0)
            let next = openat(fd, name, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
        }
        let file = openat(fd, "a.md", O_CREAT | O_WRONLY, 0o644)
        close(file)
        close(fd)
        let (files, problems) = InputCollector.collect([folder.path])
        #expect(files == [folder.appendingPathComponent("b.md").path])
        #expect(problems.count == 1)
        #expect(problems.first.map { $0.messageEN.contains("cannot be read") || $0.messageEN.hasPrefix("Cannot be read") } == true)
    }

    @Test("16. a configuration that ignores every document is an error, not a silent pass")
    func everythingIgnored() throws {
        let folder = try Self.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "ignore: [\"**\"]\n".write(to: folder.appendingPathComponent(".spbelint.yml"), atomically: true, encoding: .utf8)
        try "# A\n\nIsi.\n".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let result = try LintRun(linter: Linter(rules: [])).run(paths: [folder.path], configuration: .discover)
        #expect(result.documents.isEmpty)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.messageEN.contains("ignored") == true)
    }

    @Test("15. extends may not leave the repository, and unknown keys are echoed only when they are near misses")
    func extendsBoundary() throws {
        let outside = try Self.folder()
        try "root: $6$rahasia$hash\n".write(to: outside.appendingPathComponent("shadow.yml"), atomically: true, encoding: .utf8)
        let repository = try Self.folder()
        try FileManager.default.createDirectory(at: repository.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let config = repository.appendingPathComponent(".spbelint.yml")
        try "extends: \(outside.appendingPathComponent("shadow.yml").path)\n".write(to: config, atomically: true, encoding: .utf8)
        var loader = ConfigurationLoader(knownRules: [], knownPacks: [])
        do {
            _ = try loader.load(path: config.path)
            Issue.record("extends outside the repository was read")
        } catch {
            #expect(error.message.contains("inside the repository"))
            #expect(!error.description.contains("rahasia"))
        }
        // Inside the repository the same file is read, and its unknown key is not echoed.
        try "root: $6$rahasia$hash\n".write(to: repository.appendingPathComponent("bersama.yml"), atomically: true, encoding: .utf8)
        try "extends: bersama.yml\n".write(to: config, atomically: true, encoding: .utf8)
        var second = ConfigurationLoader(knownRules: [], knownPacks: [])
        do {
            _ = try second.load(path: config.path)
            Issue.record("an unknown key was accepted")
        } catch {
            #expect(error.message.hasPrefix("unknown key (known:"))
            #expect(!error.description.contains("root") && !error.description.contains("rahasia"))
        }
    }

    @Test("18. a UTF-16 file is named as such, not called binary")
    func utf16() throws {
        let text = "# Visi\n\nTeks.\n"
        var little = Data([0xFF, 0xFE])
        for unit in text.utf16 { little.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        var big = Data()
        for unit in text.utf16 { big.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        for (data, name) in [(little, "UTF-16LE"), (big, "UTF-16BE")] {
            do {
                _ = try InputText.decode(data, path: "u16.md")
                Issue.record("UTF-16 accepted")
            } catch {
                #expect(error.messageEN.hasPrefix("UTF-16 file (\(name)") && error.messageEN.contains("save it as UTF-8"), "\(error.messageEN)")
            }
        }
    }

    @Test("18. waivers: impossible dates and unknown rules are errors")
    func waiverValidation() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("waivers.yml")
        try "waivers:\n  - rule: dasar-hukum\n    reason: r\n    owner: o\n    expires: 2099-02-30\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: RuleLoadError.self) { try Waivers.load(path: file.path) }
        try "waivers:\n  - rule: dasar-hukm\n    reason: r\n    owner: o\n    expires: 2028-02-29\n".write(to: file, atomically: true, encoding: .utf8)
        let waivers = try Waivers.load(path: file.path)
        do {
            try waivers.validate(knownRules: ["dasar-hukum"])
            Issue.record("an unknown rule was accepted")
        } catch {
            #expect(error.line == 2 && error.column == 11)
            #expect(error.message.contains("'dasar-hukm'"))
        }
        #expect(!Waivers.isDate("2100-02-29") && Waivers.isDate("2000-02-29") && !Waivers.isDate("2026-04-31"))
    }

    @Test("18. rule and pack ids must be plain: <script> and ../../etc are refused")
    func ruleIdentifiers() throws {
        for bad in ["<script>", "../../etc", "Dasar", "a--b", "-a", "", "a b"] { #expect(!RuleIdentifier.isValid(bad), "\(bad)") }
        for good in ["dasar-hukum", "perpres-95-2018", "a1"] { #expect(RuleIdentifier.isValid(good)) }
        let folder = try Self.folder()
        try "id: \"../../etc\"\ntitle: { id: Uji, en: Test }\nversion: 0.1.0\n".write(
            to: folder.appendingPathComponent("pack.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try RulePack.load(from: folder)
            Issue.record("a pack id with a path was accepted")
        } catch {
            #expect(error.line == 1 && error.message.contains("lower-case"))
            #expect(!error.message.contains("../"))
        }
    }

    @Test("19. the DOCTYPE guard parses: a processing instruction holding ]> does not hide an entity")
    func doctypeProcessingInstruction() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE dokumen [ <?pi ]> ?> <!ENTITY x \"y\"> ]>\n<dokumen/>"
        #expect(XMLDoctypeGuard(bytes: Array(text.utf8)).declaresEntities)
        let quoted = "<!DOCTYPE dokumen [ <!ATTLIST dokumen a CDATA \"]>\"> <!ENTITY x \"y\"> ]>\n<dokumen/>"
        #expect(XMLDoctypeGuard(bytes: Array(quoted.utf8)).declaresEntities)
        let plain = "<!DOCTYPE dokumen [ <!ELEMENT dokumen ANY> ]>\n<dokumen/>"
        let guardOfPlain = XMLDoctypeGuard(bytes: Array(plain.utf8))
        #expect(!guardOfPlain.declaresEntities)
        #expect(guardOfPlain.end == Array(plain.utf8).firstIndex(of: UInt8(ascii: "\n")))
    }
}
