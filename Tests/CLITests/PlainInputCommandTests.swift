import Foundation
import Testing

@Suite("spbelint on .txt and PDF")
struct PlainInputCommandTests {
    /// A minimal PDF with one page holding `content` (a content stream), offsets computed.
    static func pdf(content: String) -> Data {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
        ]
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 5\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        output += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }

    @Test("a .txt with pages: structure recovered, findings carry the page in JSON, outline shows the tree")
    func plainText() throws {
        let folder = try CLIRunner.temporaryFolder()
        let file = folder.appendingPathComponent("rencana.txt")
        let text = "RENCANA INDUK SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK\nKOTA CONTOH TAHUN 2025-2029\n\n"
            + "                    BAB I\n               PENDAHULUAN\n1.1 Latar Belakang\nTeks.\n\u{0C}"
            + "                    BAB V\n              ARSITEKTUR SPBE\n5.1 Domain Arsitektur Aplikasi\nTeks.\n"
        try Data(text.utf8).write(to: file)
        let outline = try CLIRunner.run(["outline", file.path])
        #expect(outline.status == 0)
        #expect(outline.stdout.contains("  BAB V ARSITEKTUR SPBE  [8:22]"))
        #expect(outline.stdout.contains("    5.1 Domain Arsitektur Aplikasi  [10:1]"))
        let json = try CLIRunner.run(["check", "--format", "json", "--fail-on", "never", file.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["format"] as? String == "text")
        let findings = try #require(object["findings"] as? [[String: Any]])
        // "BAB V" is on page 2: the missing security domain points there.
        #expect(findings.contains { $0["ruleId"] as? String == "arsitektur-domain-keamanan" && $0["page"] as? Int == 2 && $0["line"] as? Int == 8 })
    }

    @Test("a scanned PDF, a UTF-16 text and a broken PDF exit 2 with a clear message; other inputs are linted")
    func badInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        let scan = folder.appendingPathComponent("scan.pdf")
        try Self.pdf(content: "0.5 g 40 40 500 700 re f\n").write(to: scan)
        let utf16 = folder.appendingPathComponent("word.txt")
        try Data([0xFF, 0xFE, 0x42, 0x00, 0x41, 0x00]).write(to: utf16)
        let broken = folder.appendingPathComponent("broken.pdf")
        try Data("%PDF-1.7\n%%EOF\n".utf8).write(to: broken)
        let output = try CLIRunner.run(["check", "--lang", "en", scan.path, utf16.path, broken.path, "Examples/kota-contoh-draf.md"])
        #expect(output.status == 2)
        let all = output.stdout + output.stderr
        #expect(all.contains("\(scan.path): error: PDF without a text layer (a scan): no text layer; run OCR first"))
        #expect(all.contains("\(utf16.path): error: UTF-16 file"))
        #expect(all.contains("\(broken.path): error: Broken PDF"))
        #expect(output.stdout.contains("Examples/kota-contoh-draf.md:"))
    }

    @Test("poppler is loaded only for PDF: without it a PDF exits 2 naming the library, other inputs are still linted")
    func popplerMissing() throws {
        let missing = ["SPBELINT_POPPLER_LIBRARY": "/nonexistent/libpoppler-cpp.so.0"]
        let output = try CLIRunner.run(["check", "--lang", "en", "--no-config", "Examples/perwali-kota-contoh-draf-bermasalah.pdf",
                                        "Examples/kota-contoh-draf.md"], environment: missing)
        #expect(output.status == 2)
        let all = output.stdout + output.stderr
        #expect(all.contains("Examples/perwali-kota-contoh-draf-bermasalah.pdf: error: Cannot read PDF: the poppler-cpp library could not be loaded (/nonexistent/libpoppler-cpp.so.0: cannot open shared object file"))
        #expect(output.stdout.contains("Examples/kota-contoh-draf.md:"))
        // A library that is not poppler-cpp is refused by name, not called.
        let wrong = try CLIRunner.run(["check", "--lang", "en", "--no-config", "Examples/perwali-kota-contoh-draf-bermasalah.pdf"],
                                      environment: ["SPBELINT_POPPLER_LIBRARY": "libz.so.1"])
        #expect(wrong.status == 2)
        #expect((wrong.stdout + wrong.stderr).contains("an incompatible poppler-cpp"))
        // With the library, the same PDF is read.
        let found = try CLIRunner.run(["check", "--lang", "en", "--no-config", "--fail-on", "never", "Examples/perwali-kota-contoh-draf-bermasalah.pdf"])
        #expect(found.status == 0)
    }
}
