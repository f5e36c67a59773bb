import Foundation
import Testing
@testable import SPBELintCore

@Suite("Word and OpenDocument bad input")
struct OfficeBadInputTests {
    typealias F = OfficeFixture

    /// Writes bytes to a temporary file and loads it the way `spbelint check` does.
    func load(_ data: Data, name: String) throws -> InputProblem? {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        switch DocumentLoader().load(path: path) {
        case .success: return nil
        case .failure(let problem):
            #expect(problem.path == path)
            return problem
        }
    }

    /// An OLE compound file header followed by directory names in UTF-16LE.
    func compoundFile(streams: [String]) -> Data {
        var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 504)
        for name in streams { data += Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(repeating: 0, count: 16) }
        return data
    }

    @Test("not a ZIP, old .doc, encrypted OOXML, other OLE and RTF each get their own clear message")
    func signatures() throws {
        let notZip = try #require(try load(Data("<html>Rencana</html>".utf8), name: "rencana.docx"))
        #expect(notZip.messageEN.contains("not a ZIP archive"))
        let legacy = try #require(try load(compoundFile(streams: ["Root Entry", "WordDocument", "1Table"]), name: "rencana.doc"))
        #expect(legacy.messageEN.contains("save it as .docx") && legacy.message.contains("simpan sebagai .docx"))
        let renamed = try #require(try load(compoundFile(streams: ["WordDocument"]), name: "rencana.docx"))
        #expect(renamed.messageEN.contains("Old binary Word"))
        let encrypted = try #require(try load(compoundFile(streams: ["EncryptionInfo", "EncryptedPackage"]), name: "rencana.docx"))
        #expect(encrypted.messageEN.contains("password-protected"))
        let workbook = try #require(try load(compoundFile(streams: ["Workbook"]), name: "rencana.docx"))
        #expect(workbook.messageEN.contains("not a Word document"))
        let rtf = try #require(try load(Data("{\\rtf1\\ansi Rencana}".utf8), name: "rencana.doc"))
        #expect(rtf.messageEN.contains("RTF"))
        let empty = try #require(try load(Data(), name: "kosong.odt"))
        #expect(empty.messageEN.contains("not a ZIP"))
    }

    @Test("a ZIP without a document part, or with a broken one, is refused")
    func missingOrBrokenPart() throws {
        let noDocument = try F.zip([("readme.txt", Data("hello".utf8))])
        #expect(try #require(try load(noDocument, name: "a.docx")).messageEN.contains("no document part (word/document.xml)"))
        let noContent = try F.zip([("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))])
        #expect(try #require(try load(noContent, name: "a.odt")).messageEN.contains("no document part (content.xml)"))
        let broken = try F.zip([("word/document.xml", Data("<w:document><w:body>".utf8))])
        #expect(try #require(try load(broken, name: "a.docx")).messageEN.contains("word/document.xml is damaged"))
        let doctype = try F.zip([("word/document.xml", Data("<!DOCTYPE d [<!ENTITY x \"y\">]><d>&x;</d>".utf8))])
        #expect(try #require(try load(doctype, name: "a.docx")).messageEN.contains("DOCTYPE"))
    }

    @Test("a password-protected OpenDocument file is refused")
    func encryptedOpenDocument() throws {
        let data = try F.odt(text: "<text:p>x</text:p>", manifest: "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>")
        #expect(try #require(try load(data, name: "a.odt")).messageEN.contains("password-protected"))
    }

    @Test("a ZIP bomb is refused by size and by ratio, never expanded in full")
    func zipBomb() throws {
        let huge = Data(repeating: UInt8(ascii: " "), count: 8 * 1024 * 1024)
        let bomb = try F.docx(body: F.p("x") + String(decoding: huge, as: UTF8.self))
        let problem = try #require(try load(bomb, name: "bom.docx"))
        #expect(problem.messageEN.contains("ZIP bomb"))
        let small = OfficeLimits(maxPartBytes: 1000, maxTotalBytes: 5000, maxRatio: 1000, ratioFloor: 1_000_000)
        #expect(throws: InputProblem.self) { try F.parse(try F.docx(body: String(repeating: F.p("Rencana induk"), count: 100)), limits: small) }
    }

    @Test(".docm is read like .docx and its macros are never touched")
    func macroEnabled() throws {
        var parts = [("[Content_Types].xml", Data("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
                     ("word/document.xml", Data("<w:document \(F.wordNamespaces)><w:body>\(F.p("Isi dokumen."))</w:body></w:document>".utf8))]
        parts.append(("word/vbaProject.bin", Data(repeating: 0xCC, count: 4096)))
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("makro.docm").path
        try F.zip(parts).write(to: URL(fileURLWithPath: path))
        let document = try DocumentLoader().load(path: path).get()
        #expect(document.format == .docx)
        #expect(document.allBlocks.map(\.text) == ["Isi dokumen."])
    }

    @Test("Word lock files are skipped in folders; a .doc given by name is explained")
    func collecting() throws {
        let folder = try F.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x05, 0x00]).write(to: folder.appendingPathComponent("~$rencana.docx"))
        try F.docx(body: F.p("x")).write(to: folder.appendingPathComponent("rencana.docx"))
        try Data().write(to: folder.appendingPathComponent("lama.doc"))
        let collected = InputCollector.collect([folder.path])
        #expect(collected.files.map { ($0 as NSString).lastPathComponent } == ["rencana.docx"])
    }
}
