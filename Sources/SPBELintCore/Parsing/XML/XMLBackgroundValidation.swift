import Foundation
internal import CLibXML2

/// A schema validation of a whole document run on another thread by a reader of its own, while the
/// caller's reader maps the same bytes without validating (for a large document read on one core,
/// this puts the validation, about half of libxml2's work, on the other).
final class XMLBackgroundValidation: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopRequested = false
    /// Set on the validating thread before `finished` is signalled.
    private var valid = false

    /// Starts validating `text` (UTF-8, the source of `path`) against `schema`.
    init(text: String, path: String, schema: xmlSchemaPtr) {
        self.schema = schema
        DispatchQueue.global().async { [self] in
            valid = validate(text, path: path)
            finished.signal()
        }
    }

    /// Whether the document is valid and libxml2 reported nothing at all, once the validation ends.
    func wait() -> Bool {
        finished.wait()
        return valid
    }

    /// Stops the validation early (the caller no longer needs it) and waits for its thread to let go.
    func cancel() {
        lock.lock()
        stopRequested = true
        lock.unlock()
        finished.wait()
    }

    private var shouldStop: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    private func validate(_ text: String, path: String) -> Bool {
        var text = text
        let sink = LibXMLErrorSink()
        return (try? LibXML.withErrors(into: sink) { () throws(InputProblem) -> Bool in
            text.withUTF8 { buffer -> Bool in
                LibXML.withReader(over: buffer, path: path, sink: sink) { reader -> Bool in
                    guard xmlTextReaderSetSchema(reader, schema) == 0 else { return false }
                    var status: Int32 = 1
                    var nodes = 0
                    while status == 1 {
                        status = xmlTextReaderRead(reader)
                        nodes += 1
                        if nodes & 0xFFF == 0, shouldStop || !sink.issues.isEmpty { return false }
                    }
                    return status == 0 && sink.issues.isEmpty && xmlTextReaderIsValid(reader) == 1
                } ?? false
            }
        }) ?? false
    }
}
