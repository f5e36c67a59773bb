import Foundation

/// Reads one file from disk and parses it, refusing unreadable, oversized, empty, binary and
/// non-UTF-8 input with a positioned `InputProblem`. Never writes to the file.
public struct DocumentLoader: Sendable {
    /// Largest file read, in bytes (default 20 MiB).
    public var maxBytes: Int
    public var markdown: MarkdownDocumentParser
    public var xml: XMLDocumentParser
    public var office: OfficeDocumentParser
    public var plainText: PlainTextDocumentParser

    public init(maxBytes: Int = 20 * 1024 * 1024) {
        self.maxBytes = maxBytes
        self.markdown = MarkdownDocumentParser()
        self.xml = XMLDocumentParser()
        self.office = OfficeDocumentParser()
        self.plainText = PlainTextDocumentParser()
    }

    /// Extensions of word-processor files spbelint cannot read but recognises, to say what to do.
    static let legacyWordExtensions: Set<String> = ["doc", "dot", "rtf"]

    /// Loads the document at `path` (as the user wrote it, for messages).
    public func load(path: String) -> Result<Document, InputProblem> {
        let url = URL(fileURLWithPath: path)
        let legacyWord = Self.legacyWordExtensions.contains(url.pathExtension.lowercased())
        guard let format = DocumentFormat.forExtension(url.pathExtension) ?? (legacyWord ? .docx : nil) else {
            return .failure(InputProblem(
                path: path,
                message: "Format berkas tidak didukung (gunakan .md, .markdown, .xml, .txt, .pdf, .docx atau .odt).",
                messageEN: "Unsupported file type (use .md, .markdown, .xml, .txt, .pdf, .docx or .odt)."))
        }
        do throws(InputProblem) {
            return .success(try parse(try readData(path: path), format: format, path: path))
        } catch {
            return .failure(error)
        }
    }

    /// Parses the bytes of one input in its format: PDF through poppler, Word and OpenDocument as
    /// ZIP packages, the others as UTF-8 text (the bytes are let go once decoded, so a large input
    /// is not held twice while it is parsed).
    func parse(_ data: consuming Data, format: DocumentFormat, path: String) throws(InputProblem) -> Document {
        let parser: any DocumentParser
        switch format {
        case .markdown: parser = markdown
        case .plainText: parser = plainText
        case .pdf: return try PDFDocumentReader.read(data: data, path: path)
        case .docx, .odt: return try office.parse(data: data, path: path, format: format)
        case .xml, .akomaNtoso: parser = xml
        }
        let text = try InputText.decode(data, path: path)
        _ = consume data
        return try parser.parse(text: consume text, path: path)
    }

    /// Parses text read from standard input, reported under its name; the format follows the
    /// name's extension (Markdown when it has none).
    public func load(_ input: StandardInput) -> Result<Document, InputProblem> {
        let format = DocumentFormat.forExtension(URL(fileURLWithPath: input.name).pathExtension) ?? .markdown
        guard input.data.count <= maxBytes else {
            return .failure(InputProblem(path: input.name,
                                         message: "Masukan terlalu besar (batas \(maxBytes) bita).",
                                         messageEN: "Input too large (the limit is \(maxBytes) bytes)."))
        }
        do throws(InputProblem) {
            return .success(try parse(input.data, format: format, path: input.name))
        } catch {
            return .failure(error)
        }
    }

    /// The bytes of a regular file no larger than `maxBytes` (enforced while reading; a FIFO or
    /// device is refused without blocking).
    func readData(path: String) throws(InputProblem) -> Data {
        do {
            return try SafeFileReader.read(path, limit: maxBytes)
        } catch {
            throw InputProblem(path: path, message: error.message, messageEN: error.messageEN)
        }
    }
}

/// Validates raw bytes as linting input: not empty, not binary, valid UTF-8 (BOM removed).
public enum InputText {
    public static func decode(_ data: Data, path: String) throws(InputProblem) -> String {
        let outcome = data.withUnsafeBytes { raw -> Result<String, InputProblem> in
            let all = raw.bindMemory(to: UInt8.self)
            let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let bytes = UnsafeBufferPointer(rebasing: all[bom...])
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                return .failure(InputProblem(path: path, message: "Berkas kosong.", messageEN: "The file is empty."))
            }
            if let encoding = utf16Encoding(bytes) {
                return .failure(InputProblem(path: path,
                                   message: "Berkas UTF-16 (\(encoding), misalnya \"Teks Unicode\" dari Word); simpan ulang sebagai UTF-8.",
                                   messageEN: "UTF-16 file (\(encoding), such as Word's \"Unicode Text\"); save it as UTF-8."))
            }
            if let nul = bytes.firstIndex(of: 0) {
                return .failure(InputProblem(path: path, position: LineMap(bytes: Array(bytes[..<nul])).position(ofByte: nul),
                                   message: "Berkas biner (berisi bita NUL), bukan dokumen teks.",
                                   messageEN: "Binary file (contains a NUL byte), not a text document."))
            }
            // One validating copy into the String; the offset of a bad byte is looked for only on failure.
            if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
            guard let bad = firstInvalidUTF8(bytes) else { return .success(String(decoding: bytes, as: UTF8.self)) }
            return .failure(InputProblem(path: path, position: LineMap(bytes: Array(bytes[..<bad])).position(ofByte: bad),
                               message: "Bukan UTF-8 yang valid (bita 0x\(String(bytes[bad], radix: 16, uppercase: true))); simpan ulang sebagai UTF-8.",
                               messageEN: "Invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save the file as UTF-8."))
        }
        return try outcome.get()
    }

    /// "UTF-16LE" or "UTF-16BE" when the bytes start with a UTF-16 byte-order mark, or look like
    /// UTF-16 text without one (a NUL in every other byte of the first ASCII characters).
    static func utf16Encoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let sample = Array(bytes.prefix(64))
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        let even = stride(from: 0, to: sample.count, by: 2).map { sample[$0] }
        let odd = stride(from: 1, to: sample.count, by: 2).map { sample[$0] }
        if odd.allSatisfy({ $0 == 0 }), even.allSatisfy({ $0 != 0 && $0 < 0x80 }) { return "UTF-16LE" }
        if even.allSatisfy({ $0 == 0 }), odd.allSatisfy({ $0 != 0 && $0 < 0x80 }) { return "UTF-16BE" }
        return nil
    }

    /// Offset of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            for next in 1..<length where bytes[offset + next] & 0xC0 != 0x80 { return offset }
            if length == 3, byte == 0xE0, bytes[offset + 1] < 0xA0 { return offset }
            if length == 3, byte == 0xED, bytes[offset + 1] > 0x9F { return offset }
            if length == 4, byte == 0xF0, bytes[offset + 1] < 0x90 { return offset }
            if length == 4, byte == 0xF4, bytes[offset + 1] > 0x8F { return offset }
            offset += length
        }
        return nil
    }
}
