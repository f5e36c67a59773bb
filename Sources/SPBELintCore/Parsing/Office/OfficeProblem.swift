/// The reasons a Word or OpenDocument file cannot be linted, as positioned problems (exit 2).
enum OfficeProblem {
    static func notZip(_ path: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Bukan berkas Word/OpenDocument yang valid (bukan arsip ZIP); berkas rusak atau berformat lain. Buka di Word atau LibreOffice lalu simpan ulang sebagai .docx.",
                     messageEN: "Not a valid Word/OpenDocument file (not a ZIP archive); the file is damaged or of another format. Open it in Word or LibreOffice and save it again as .docx.")
    }

    static func legacyWord(_ path: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Berkas Word lama (.doc, format biner) tidak didukung; buka di Word atau LibreOffice lalu simpan sebagai .docx (File > Simpan Sebagai > Dokumen Word).",
                     messageEN: "Old binary Word files (.doc) are not supported; open it in Word or LibreOffice and save it as .docx (File > Save As > Word Document).")
    }

    static func rtf(_ path: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Berkas RTF tidak didukung; buka di Word atau LibreOffice lalu simpan sebagai .docx.",
                     messageEN: "RTF files are not supported; open it in Word or LibreOffice and save it as .docx.")
    }

    static func encrypted(_ path: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Berkas dienkripsi atau dilindungi kata sandi sehingga isinya tidak dapat dibaca; hapus kata sandi pembuka (Word: File > Info > Lindungi Dokumen > Enkripsi dengan Kata Sandi, kosongkan) lalu simpan ulang.",
                     messageEN: "The file is encrypted or password-protected, so its content cannot be read; remove the password to open (Word: File > Info > Protect Document > Encrypt with Password, clear it) and save again.")
    }

    static func otherCompoundFile(_ path: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Berkas Office biner (OLE) yang bukan dokumen Word; simpan sebagai .docx.",
                     messageEN: "A binary (OLE) Office file that is not a Word document; save it as .docx.")
    }

    static func missingPart(_ path: String, part: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Arsip tidak memuat bagian dokumen (\(part)); bukan dokumen Word/OpenDocument atau berkas rusak.",
                     messageEN: "The archive has no document part (\(part)); it is not a Word/OpenDocument document or it is damaged.")
    }

    static func damaged(_ path: String, part: String, detail: String) -> InputProblem {
        InputProblem(path: path,
                     message: "Bagian \(part) rusak atau tidak dapat dibaca (\(detail)); simpan ulang berkas di Word atau LibreOffice.",
                     messageEN: "The part \(part) is damaged or cannot be read (\(detail)); save the file again in Word or LibreOffice.")
    }

    static func tooLarge(_ path: String, part: String, limit: Int) -> InputProblem {
        InputProblem(path: path,
                     message: "Bagian \(part) mengembang melebihi batas (\(limit) bita atau rasio kompresi mencurigakan); berkas ditolak sebagai kemungkinan bom ZIP.",
                     messageEN: "The part \(part) expands beyond the limit (\(limit) bytes or a suspicious compression ratio); the file is refused as a possible ZIP bomb.")
    }
}
