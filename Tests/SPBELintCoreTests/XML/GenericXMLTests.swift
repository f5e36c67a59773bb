import Testing
@testable import SPBELintCore

@Suite("XML: other vocabularies")
struct GenericXMLTests {
    @Test func unknownVocabularyIsMappedWithADiagnostic() throws {
        let text = """
        <?xml version="1.0"?>
        <plan xmlns="urn:example:other">
          <chapter num="I"><title>Pendahuluan</title>
            <para>Teks pembuka <b>penting</b>.</para>
            <div><heading>Latar</heading><para>Isi.</para></div>
          </chapter>
          <note>Catatan akhir</note>
        </plan>
        """
        let document = try XMLTestSupport.parse(text)
        #expect(document.format == .xml)
        #expect(document.diagnostics.map(\.code) == ["xml-kosakata"])
        #expect(document.diagnostics.first?.position == SourcePosition(line: 2, column: 1))
        #expect(document.diagnostics.first?.messageEN.contains("{urn:example:other}plan") == true)
        #expect(document.sections.map(\.rawHeading) == ["BAB I Pendahuluan", "Latar"])
        #expect(document.sections.map(\.level) == [1, 2])
        #expect(document.sections[0].blocks.map(\.text) == ["Teks pembuka penting."])
        #expect(document.sections[0].blocks.map(\.kind) == [.other])
        #expect(document.preamble.map(\.text) == ["Catatan akhir"])
    }

    @Test func prefixedElementsAreLocated() throws {
        let text = """
        <x:doc xmlns:x="urn:x">
          <x:sec><x:title>Satu</x:title><x:p>é <x:i>i</x:i></x:p></x:sec>
        </x:doc>
        """
        let document = try XMLTestSupport.parse(text)
        #expect(document.sections.first?.position == SourcePosition(line: 2, column: 3))
        #expect(document.sections.first?.blocks.first?.position == SourcePosition(line: 2, column: 33))
    }

    @Test func wrongNamespaceForOwnRootIsUnknown() throws {
        let document = try XMLTestSupport.parse("<dokumen><bagian nomor=\"1\"><judul>A</judul></bagian></dokumen>")
        #expect(document.diagnostics.map(\.code) == ["xml-kosakata"])
        #expect(document.sections.map(\.rawHeading) == ["1 A"])
    }
}
