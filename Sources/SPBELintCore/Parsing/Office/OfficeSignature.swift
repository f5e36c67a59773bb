import Foundation

/// What the first bytes of a would-be Word or OpenDocument file say it really is.
enum OfficeSignature: Equatable {
    case zip
    /// An OLE compound file holding an encrypted OOXML package (`EncryptionInfo`, `EncryptedPackage`).
    case encryptedPackage
    /// An OLE compound file holding a binary Word document (`.doc`).
    case legacyWord
    /// Another OLE compound file (Excel, PowerPoint, …).
    case otherCompoundFile
    case rtf
    case unknown

    init(_ data: Data) {
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .zip
        } else if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            if Self.holdsStream("EncryptionInfo", in: data) || Self.holdsStream("EncryptedPackage", in: data) {
                self = .encryptedPackage
            } else if Self.holdsStream("WordDocument", in: data) {
                self = .legacyWord
            } else {
                self = .otherCompoundFile
            }
        } else if head.starts(with: Array("{\\rtf".utf8)) {
            self = .rtf
        } else {
            self = .unknown
        }
    }

    /// The problem to report instead of reading, or nil for a ZIP.
    func problem(for path: String) -> InputProblem? {
        switch self {
        case .zip: return nil
        case .encryptedPackage: return OfficeProblem.encrypted(path)
        case .legacyWord: return OfficeProblem.legacyWord(path)
        case .otherCompoundFile: return OfficeProblem.otherCompoundFile(path)
        case .rtf: return OfficeProblem.rtf(path)
        case .unknown: return OfficeProblem.notZip(path)
        }
    }

    /// Whether a compound file's directory names a stream (names are UTF-16LE).
    private static func holdsStream(_ name: String, in data: Data) -> Bool {
        let pattern = Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return data.range(of: pattern) != nil
    }
}
