import Testing
@testable import SPBEReport

@Suite("Escaping")
struct HTMLTextTests {
    @Test("HTML escaping covers markup, quotes and control characters")
    func html() {
        #expect(HTMLText.escape("<b a=\"1\">'&'</b>\u{7}") == "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt; ")
    }

    @Test("Markdown escaping keeps table cells on one line and raw HTML out")
    func markdown() {
        #expect(MarkdownText.escape("a|b\n<script>*x*") == "a\\|b &lt;script&gt;\\*x\\*")
    }
}
