/// The two white-space normalisations of XML text, from UTF-8 bytes straight to one String.
enum XMLText {
    /// XML's white space: space, tab, carriage return and line feed.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Lines (split at LF or CR) trimmed, blank lines dropped, joined by newlines.
    static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0, lineStart = 0
            func flush(_ end: Int) {
                var first = lineStart, last = end
                while first < last, isSpace(bytes[first]) { first += 1 }
                while last > first, isSpace(bytes[last - 1]) { last -= 1 }
                guard first < last else { return }
                if count > 0 {
                    output[count] = 0x0A
                    count += 1
                }
                (output.baseAddress! + count).update(from: bytes.baseAddress! + first, count: last - first)
                count += last - first
            }
            for offset in 0..<bytes.count where bytes[offset] == 0x0A || bytes[offset] == 0x0D {
                flush(offset)
                lineStart = offset + 1
            }
            flush(bytes.count)
            return count
        }
    }

    /// Every run of XML white space collapsed to one space, ends trimmed.
    static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                if isSpace(byte) {
                    pendingSpace = count > 0
                } else {
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
