/// Single-byte ASCII tests and case folding for scans over UTF-8 (any other byte is left alone).
extension UInt8 {
    /// Whether the byte is an ASCII digit, 0 to 9.
    @inline(__always)
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    /// The byte with an ASCII capital made lower case; every other byte unchanged.
    @inline(__always)
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
