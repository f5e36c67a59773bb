import Foundation

extension String {
    /// Whether the text's UTF-8 holds `byte` (memchr over the contiguous bytes; an ASCII byte
    /// never occurs inside a multi-byte character, so this is a character test for ASCII).
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
