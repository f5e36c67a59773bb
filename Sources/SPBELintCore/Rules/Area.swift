/// The requirement area a rule belongs to; the words are fixed by the output contract.
public enum Area: String, Sendable, Codable, CaseIterable {
    case dokumen
    case dasarHukum = "dasar-hukum"
    case visiMisi = "visi-misi"
    case arahKebijakan = "arah-kebijakan"
    case arsitektur
    case petaRencana = "peta-rencana"
    case rencanaAnggaran = "rencana-anggaran"
    case prosesBisnis = "proses-bisnis"
    case dataInformasi = "data-informasi"
    case infrastruktur
    case aplikasi
    case keamanan
    case layanan
    case manajemen
    case auditTIK = "audit-tik"
    case penyelenggara
    case pemantauanEvaluasi = "pemantauan-evaluasi"
}
