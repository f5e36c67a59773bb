/// A 128-bit hex fingerprint (two FNV-1a 64 hashes) of the parts that identify a finding.
public enum Fingerprint {
    public static func make(_ parts: [String]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        func feed(_ byte: UInt8) {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second &* 0x0000_0100_0000_01B3) ^ UInt64(byte)
        }
        // The parts joined by U+001F, hashed byte by byte without building the joined string.
        for (number, part) in parts.enumerated() {
            if number > 0 { feed(0x1F) }
            var bytes = part
            bytes.withUTF8 { for byte in $0 { feed(byte) } }
        }
        return hex(first) + hex(second)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
