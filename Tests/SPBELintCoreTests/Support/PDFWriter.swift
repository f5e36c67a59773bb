import Foundation

/// Writes minimal valid PDF files for tests: each page's lines in Courier 10 pt at their
/// character columns (so the layout text poppler extracts keeps the columns), a page with only
/// a drawing (a scan without a text layer), or an encrypted trailer.
enum PDFWriter {
    /// A PDF whose pages hold the given lines (leading spaces become horizontal offsets); pages are
    /// made wide enough for the longest line.
    static func text(pages: [[String]], fontSize: Int = 10) -> Data {
        let advance = Double(fontSize) * 0.6
        let leading = fontSize + fontSize / 5
        let streams = pages.map { lines -> String in
            var content = "BT /F1 \(fontSize) Tf\n"
            for (index, line) in lines.enumerated() {
                let indent = line.prefix { $0 == " " }.count
                let text = line.dropFirst(indent)
                guard !text.isEmpty else { continue }
                let x = String(format: "%.1f", 30 + Double(indent) * advance)
                let y = 810 - index * leading
                content += "1 0 0 1 \(x) \(y) Tm (\(escape(String(text)))) Tj\n"
            }
            return content + "ET\n"
        }
        let longest = pages.flatMap { $0 }.map(\.count).max() ?? 0
        return build(streams: streams, width: max(595, Int(60 + Double(longest) * advance)))
    }

    /// A PDF whose only page is a filled rectangle: no text layer.
    static func scanned() -> Data {
        build(streams: ["0.5 g 40 40 500 700 re f\n"])
    }

    /// A PDF whose trailer asks for a password that is not empty.
    static func encrypted() -> Data {
        let o = String(repeating: "A1", count: 32)
        let u = String(repeating: "B2", count: 32)
        return build(streams: ["BT /F1 10 Tf 1 0 0 1 40 800 Tm (rahasia) Tj ET\n"],
                     encrypt: "<< /Filter /Standard /V 1 /R 2 /O <\(o)> /U <\(u)> /P -4 >>")
    }

    private static func escape(_ text: String) -> String {
        // WinAnsi covers the Latin text of the fixtures; other characters become '?'.
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(", ")", "\\": result += "\\" + String(scalar)
            case _ where scalar.value < 128: result.unicodeScalars.append(scalar)
            case "–": result += "\\226"
            case "√": result += "v"
            default: result += "?"
            }
        }
        return result
    }

    /// `width`: the page width in points (wide enough for the longest line; A4 height).
    private static func build(streams: [String], encrypt: String? = nil, width: Int = 595) -> Data {
        var objects: [String] = []
        let pageCount = streams.count
        // 1 catalog, 2 pages, 3 font, then per page: page object, content stream.
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<pageCount).map { "\(4 + $0 * 2) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(pageCount) >>")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
        for (index, stream) in streams.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + index * 2) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
        }
        if let encrypt { objects.append(encrypt) }
        var output = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(format: "%010d 00000 n \n", offset) }
        var trailer = "<< /Size \(objects.count + 1) /Root 1 0 R"
        if encrypt != nil {
            trailer += " /Encrypt \(objects.count) 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]"
        }
        output += "trailer\n\(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(output.utf8)
    }
}
