/// The checks spbelint runs itself, besides the rule packs: reading diagnostics, suppressions,
/// waivers and the coverage ratchet. Their ids can be set in `.spbelint.yml` like any rule's.
public enum BuiltInChecks {
    public static let suppressionWithoutReason = "suppression-tanpa-alasan"
    public static let suppressionUnused = "suppression-tidak-terpakai"
    public static let suppressionInvalid = "suppression-tidak-valid"
    public static let waiverUnused = "waiver-tidak-terpakai"
    public static let coverageDropped = "cakupan-menurun"

    /// Every built-in check with its metadata.
    public static let all: [RuleInfo] = [
        RuleInfo(id: "xml-skema", pack: nil, severity: .error, area: .dokumen,
                 message: LocalizedText(id: "Dokumen XML tidak sesuai skema dokumen-spbe.",
                                        en: "The XML document does not follow the dokumen-spbe schema."),
                 description: nil),
        RuleInfo(id: "xml-kosakata", pack: nil, severity: .error, area: .dokumen,
                 message: LocalizedText(id: "Kosakata XML tidak dikenal.", en: "Unknown XML vocabulary."),
                 description: nil),
        RuleInfo(id: IdentityNotice.ruleId, pack: nil, severity: .info, area: .dokumen,
                 message: LocalizedText(id: "Jenis dokumen atau tingkat pemerintahan tidak terbaca dari teks.",
                                        en: "The document kind or level of government could not be read from the text."),
                 description: LocalizedText(
                    id: "Tanpa jenis dan tingkat, spbelint hanya menjalankan aturan yang berlaku untuk semua dokumen; nyatakan dengan --kind, --profile atau front matter.",
                    en: "Without a kind and level spbelint runs only the rules that apply to every document; state them with --kind, --profile or front matter."),
                 basis: .praktikBaik),
        RuleInfo(id: suppressionWithoutReason, pack: nil, severity: .warning, area: .dokumen,
                 message: LocalizedText(id: "Penonaktifan aturan tanpa alasan tidak berlaku.",
                                        en: "A suppression without a reason does not apply."),
                 description: LocalizedText(
                    id: "Setiap komentar spbelint-disable wajib menyebut alasan setelah `--` (atau `—`, `alasan:`); tanpa alasan, temuan tetap dilaporkan.",
                    en: "Every spbelint-disable comment must give a reason after `--` (or `—`, `reason:`); without one the finding is still reported.")),
        RuleInfo(id: suppressionUnused, pack: nil, severity: .warning, area: .dokumen,
                 message: LocalizedText(id: "Penonaktifan aturan tidak menyembunyikan temuan apa pun.",
                                        en: "A suppression hides no finding."),
                 description: LocalizedText(
                    id: "Komentar spbelint-disable yang tidak menyembunyikan temuan apa pun sebaiknya dihapus agar tidak menyembunyikan kekurangan di kemudian hari.",
                    en: "A spbelint-disable comment that hides nothing should be removed so it does not hide a later gap.")),
        RuleInfo(id: suppressionInvalid, pack: nil, severity: .warning, area: .dokumen,
                 message: LocalizedText(id: "Komentar spbelint tidak dapat dipahami.",
                                        en: "An spbelint comment cannot be understood."),
                 description: LocalizedText(
                    id: "Perintah tidak dikenal, aturan tidak dikenal, tanpa aturan, atau spbelint-enable tanpa spbelint-disable.",
                    en: "An unknown directive or rule, no rule, or spbelint-enable without spbelint-disable.")),
        RuleInfo(id: waiverUnused, pack: nil, severity: .warning, area: .dokumen,
                 message: LocalizedText(id: "Pengecualian tidak cocok dengan temuan apa pun.",
                                        en: "A waiver matches no finding."),
                 description: LocalizedText(
                    id: "Pengecualian dalam berkas --waivers yang tidak cocok dengan temuan apa pun sebaiknya dihapus.",
                    en: "A waiver in the --waivers file that matches no finding should be removed.")),
        RuleInfo(id: coverageDropped, pack: nil, severity: .error, area: .dokumen,
                 message: LocalizedText(id: "Cakupan dokumen turun dari catatan ratchet.",
                                        en: "The document's coverage fell below the ratchet record."),
                 description: LocalizedText(
                    id: "Dengan --ratchet, persentase persyaratan yang terpenuhi tidak boleh turun dari yang tercatat.",
                    en: "With --ratchet, the share of requirements met must not fall below the recorded one.")),
    ]

    public static var ids: Set<String> { Set(all.map(\.id)) }

    public static func info(_ id: String) -> RuleInfo? { all.first { $0.id == id } }

    /// A finding of a built-in check at a place.
    static func finding(_ id: String, message: LocalizedText, path: String, position: SourcePosition,
                        key: [String]) -> Finding {
        let info = info(id)
        return Finding(ruleId: id, severity: info?.severity ?? .warning, message: message, path: path,
                       position: position, area: .dokumen, citations: [], indicators: [],
                       fingerprint: Fingerprint.make([id, path] + key))
    }
}
