import Foundation
import Testing

@Suite("spbelint on Word and OpenDocument files")
struct OfficeCommandTests {
    @Test("the Word draft prints ¶ positions with heading paths and exits 1; other inputs still lint")
    func draft() throws {
        let run = try CLIRunner.run(["check", "--lang", "en", "--fail-on", "warning", "Examples/kota-contoh-draf.docx"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Examples/kota-contoh-draf.docx:¶273 (BAB V ARSITEKTUR SPBE): warning: "))
        #expect(run.stdout.contains("[peta-rencana-audit-tik]"))
    }

    @Test("an old .doc, a non-ZIP .docx and an encrypted package exit 2 naming the file; the good file is linted")
    func badInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let compound = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 504)
        let legacy = folder.appendingPathComponent("lama.doc")
        try (compound + Data("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })).write(to: legacy)
        let encrypted = folder.appendingPathComponent("rahasia.docx")
        try (compound + Data("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })).write(to: encrypted)
        let notZip = folder.appendingPathComponent("rusak.docx")
        try Data("bukan zip".utf8).write(to: notZip)
        let run = try CLIRunner.run(["check", "--lang", "en", legacy.path, encrypted.path, notZip.path,
                                     "Examples/kota-contoh-draf.docx"])
        #expect(run.status == 2)
        let all = run.stdout + run.stderr
        #expect(all.contains("\(legacy.path): error: Old binary Word files (.doc) are not supported"))
        #expect(all.contains("\(encrypted.path): error: The file is encrypted or password-protected"))
        #expect(all.contains("\(notZip.path): error: Not a valid Word/OpenDocument file"))
        #expect(all.contains("kota-contoh-draf.docx:¶"))
    }
}
