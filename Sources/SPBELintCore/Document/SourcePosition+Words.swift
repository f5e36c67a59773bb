/// How a message names a place in its document, in words.
extension SourcePosition {
    /// "baris 602" / "line 602"; "halaman 12 baris 30" / "page 12 line 30" in a PDF, whose lines
    /// count within their page; "paragraf 143" / "paragraph 143" in a Word or OpenDocument file.
    public func words(in path: String) -> LocalizedText {
        if let paragraph { return LocalizedText(id: "paragraf \(paragraph)", en: "paragraph \(paragraph)") }
        if let page, PageNumbering.countsLinesPerPage(path) {
            return LocalizedText(id: "halaman \(page) baris \(line)", en: "page \(page) line \(line)")
        }
        return LocalizedText(id: "baris \(line)", en: "line \(line)")
    }
}
