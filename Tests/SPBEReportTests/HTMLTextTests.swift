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

    @Test("17. escaping works per Unicode scalar: a combining mark after < & | does not let them through")
    func combiningMarks() {
        #expect(HTMLText.escape("<\u{301}script>&\u{301}") == "&lt;\u{301}script&gt;&amp;\u{301}")
        #expect(HTMLText.escape("a\u{1B}[31m\u{85}b") == "a [31m b")
        #expect(MarkdownText.escape("a|\u{301}b<\u{301}") == "a\\|\u{301}b&lt;\u{301}")
        #expect(MarkdownText.escape("a\r\nb\u{1B}c\u{0}d") == "a b c d")
    }
}
