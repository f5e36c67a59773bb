import Foundation
internal import SPBEPoppler

/// Reads a PDF with a text layer: poppler extracts each page's text with its physical layout
/// (the columns of tables kept), then the plain-text path drops running headers, footers and
/// page numbers and recovers the section tree. Positions give the page and the line in it.
public enum PDFDocumentReader {
    /// Fewer visible characters than this per page, on average, means there is no text layer.
    static let minimumCharactersPerPage = 10

    public static func read(data: Data, path: String) throws(InputProblem) -> Document {
        let text = try layoutText(data: data, path: path)
        var builder = DocumentBuilder(path: path, format: .pdf)
        PlainStructure.recover(PlainTextDocumentParser.items(
            pages: PlainTextDocumentParser.pages(of: text.text, lineInPage: true)), into: &builder)
        return builder.build()
    }

    /// The layout text of every page, pages separated by form feeds, and the page count.
    static func layoutText(data: Data, path: String) throws(InputProblem) -> (text: String, pages: Int) {
        guard data.starts(with: Array("%PDF-".utf8)) || data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil else {
            throw InputProblem(path: path, message: "Bukan berkas PDF (tanda %PDF- tidak ada).",
                               messageEN: "Not a PDF file (no %PDF- signature).")
        }
        var status = SPBE_PDF_OK
        var pages: Int32 = 0
        let pointer: UnsafeMutablePointer<CChar>? = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: CChar.self)
            return spbe_pdf_layout_text(bytes.baseAddress, bytes.count, &status, &pages)
        }
        guard let pointer else {
            if status == SPBE_PDF_UNAVAILABLE {
                let reason = spbe_pdf_library_problem().map { String(cString: $0) } ?? "libpoppler-cpp"
                throw InputProblem(path: path,
                                   message: "PDF tidak dapat dibaca: pustaka poppler-cpp tidak dapat dimuat (\(reason)); pasang libpoppler-cpp (Debian: apt-get install libpoppler-cpp0v5).",
                                   messageEN: "Cannot read PDF: the poppler-cpp library could not be loaded (\(reason)); install libpoppler-cpp (Debian: apt-get install libpoppler-cpp0v5).")
            }
            if status == SPBE_PDF_ENCRYPTED {
                throw InputProblem(path: path,
                                   message: "PDF terenkripsi (perlu kata sandi); simpan salinan tanpa kata sandi lalu periksa lagi.",
                                   messageEN: "Encrypted PDF (needs a password); save a copy without the password and lint that.")
            }
            throw InputProblem(path: path, message: "PDF rusak atau tidak dapat dibaca.",
                               messageEN: "Broken PDF: it cannot be read.")
        }
        defer { spbe_pdf_free(pointer) }
        let text = String(cString: pointer)
        let visible = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isWhitespace ? 0 : 1) }
        guard pages > 0, visible >= minimumCharactersPerPage * Int(pages) else {
            throw InputProblem(path: path,
                               message: "PDF tanpa lapisan teks (hasil pindai); jalankan OCR terlebih dahulu (lihat README: tesseract -l ind).",
                               messageEN: "PDF without a text layer (a scan): no text layer; run OCR first (see the README: tesseract -l ind).")
        }
        return (text, Int(pages))
    }
}
