internal import CLibXML2

/// One error or warning reported by libxml2 through the structured error handler.
struct LibXMLIssue {
    /// libxml2's message without its trailing newline.
    var message: String
    var line: Int
    /// libxml2's column (`int2`) for parser errors: 1-based, 0 when unknown.
    var column: Int
    var isError: Bool
    /// The node the error is about (validity errors), if any.
    var node: UnsafeMutableRawPointer?
}

/// Collects libxml2 errors for one parse; handed to C as an opaque pointer.
final class LibXMLErrorSink {
    var issues: [LibXMLIssue] = []
    /// Stop keeping issues past this many; a broken file can yield thousands.
    let limit = 200

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer) -> LibXMLErrorSink {
        Unmanaged<LibXMLErrorSink>.fromOpaque(pointer).takeUnretainedValue()
    }

    func record(_ error: xmlError) {
        guard issues.count < limit else { return }
        var message = error.message.map { String(cString: $0) } ?? "unknown error"
        while let last = message.last, last.isNewline || last == " " { message.removeLast() }
        let isError = error.level == XML_ERR_ERROR || error.level == XML_ERR_FATAL
        issues.append(LibXMLIssue(message: message, line: Int(error.line), column: Int(error.int2),
                                  isError: isError, node: error.node))
    }

    /// The first real error (warnings are skipped), if any.
    var firstError: LibXMLIssue? { issues.first { $0.isError } }
}

/// Process-wide libxml2 set-up and per-thread error-handler scoping.
enum LibXML {
    /// `xmlInitParser()` exactly once; a global `let` is initialised lazily and thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parser options: no network, big line numbers, no entity substitution, no DTD loading.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOWARNING.rawValue)

    static func ensureInitialized() { _ = initialized }

    /// Runs `body` with libxml2's per-thread structured error handler pointing at `sink`, then clears it.
    static func withErrors<R>(into sink: LibXMLErrorSink, _ body: () throws(InputProblem) -> R) throws(InputProblem) -> R {
        ensureInitialized()
        xmlSetStructuredErrorFunc(sink.opaque) { context, error in
            guard let context, let error else { return }
            LibXMLErrorSink.from(context).record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }

    /// Runs `body` with a streaming reader over UTF-8 bytes (UTF-8 forced, the same options as the
    /// tree path) whose errors go to `sink`; nil when no reader could be made.
    static func withReader<R>(over buffer: UnsafeBufferPointer<UInt8>, path: String, sink: LibXMLErrorSink,
                              _ body: (xmlTextReaderPtr) -> R) -> R? {
        guard let base = buffer.baseAddress else { return nil }
        let made = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            xmlReaderForMemory($0, Int32(clamping: buffer.count), path, "UTF-8", parseOptions)
        }
        guard let reader = made else { return nil }
        defer { xmlFreeTextReader(reader) }
        xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
            guard let context, let error else { return }
            LibXMLErrorSink.from(context).record(error.pointee)
        }, sink.opaque)
        return body(reader)
    }
}
