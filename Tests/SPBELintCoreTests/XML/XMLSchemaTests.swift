import Testing
@testable import SPBELintCore

@Suite("XML: schema validation")
struct XMLSchemaTests {
    @Test func violationsBecomeDiagnosticsAtTheirElements() throws {
        let document = try XMLTestSupport.parseFixture("skema-salah.xml")
        let diagnostics = document.diagnostics
        #expect(diagnostics.map(\.code) == ["xml-skema", "xml-skema", "xml-skema"])
        #expect(diagnostics.map(\.position) == [
            SourcePosition(line: 5, column: 5), SourcePosition(line: 6, column: 5), SourcePosition(line: 10, column: 5),
        ])
        #expect(diagnostics[0].message.hasPrefix("Tidak sesuai skema dokumen-spbe.xsd: "))
        #expect(diagnostics[0].message.contains("'rencana'"))
        #expect(diagnostics[0].messageEN.hasPrefix("Does not match the schema dokumen-spbe.xsd: "))
        #expect(diagnostics[1].messageEN.contains("xs:date"))
        #expect(diagnostics[2].message.contains("catatan"))
        // The document is still mapped and lintable.
        #expect(document.metadata.kind == "rencana")
        #expect(document.sections.first?.blocks.map(\.text) == ["tidak dikenal"])
    }

    @Test(arguments: ["2025-2029", "2025 – 2029", "2025 s.d. 2029", "2025 sampai 2029", "2025/2029"])
    func acceptedPeriods(_ period: String) throws {
        let document = try XMLTestSupport.parse(Self.metadataOnly("<periode>\(period)</periode>"))
        #expect(document.diagnostics.isEmpty)
    }

    @Test(arguments: ["2025", "lima tahun", "25-29"])
    func rejectedPeriods(_ period: String) throws {
        let document = try XMLTestSupport.parse(Self.metadataOnly("<periode>\(period)</periode>"))
        #expect(document.diagnostics.map(\.code) == ["xml-skema"])
        #expect(document.diagnostics.first?.position == SourcePosition(line: 2, column: 11))
    }

    @Test func enumerationsAndOrderFreeMetadata() throws {
        let valid = Self.metadataOnly("<profil>pemda</profil><status>final</status><tingkat>kota</tingkat><judul>X</judul>")
        #expect(try XMLTestSupport.parse(valid).diagnostics.isEmpty)
        let invalid = Self.metadataOnly("<tingkat>desa</tingkat><status>selesai</status><profil>daerah</profil>")
        #expect(try XMLTestSupport.parse(invalid).diagnostics.count == 3)
    }

    @Test func duplicateMetadataIsReported() throws {
        let text = Self.metadataOnly("<judul>A</judul><judul>B</judul>")
        #expect(try XMLTestSupport.parse(text).diagnostics.map(\.code) == ["xml-skema"])
    }

    static func metadataOnly(_ fields: String) -> String {
        "<dokumen xmlns=\"urn:spbelint:dokumen-spbe:1\">\n<metadata>\(fields)</metadata>\n</dokumen>\n"
    }
}
