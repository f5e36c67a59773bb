import Foundation

/// What every format of a plan skeleton shares: its metadata, the introduction for the writer,
/// the "[isi: …]" line and the roadmap table.
enum PlanMetadata {
    /// The metadata fields in the order of the `dokumen-spbe` schema.
    static func fields(_ request: PlanRequest) -> [(String, String)] {
        var fields = [("judul", request.title), ("jenis", PlanOutline.kind), ("instansi", request.agency),
                      ("tingkat", request.level), ("periode", request.period), ("status", "rancangan")]
        if let instrument = request.enactingInstrument {
            fields.append(("penetapan", "[isi: \(instrument) \(request.placeName) Nomor … Tahun …]"))
        }
        return fields
    }

    static let introduction = [
        "Kerangka Rencana Induk SPBE dibuat oleh `spbelint init --plan` dari paket aturan.",
        "Setiap bagian memuat panduan (komentar ini, yang tidak dibaca sebagai isi dokumen) dan penanda [isi: ...].",
        "Ganti setiap penanda dengan isi yang sebenarnya; `spbelint check` melaporkan apa yang masih harus ditulis.",
    ]

    /// The visible line that marks a part as still to write.
    static func placeholder(_ title: String) -> String { "[isi: uraian \(title)]" }

    /// The sentence that opens a required part left empty: what the part presents.
    static func opening(_ part: PlanPart, request: PlanRequest) -> String {
        if part.roadmap {
            return "Tabel berikut memuat program dan kegiatan \(part.title) \(request.agency) untuk setiap tahun \(request.period) beserta penanggung jawabnya."
        }
        return "Bagian ini memuat \(part.title) \(request.agency) Tahun \(request.period)."
    }

    /// The roadmap table: number, programme, responsible unit and a column per year; cells empty ("-").
    static func roadmapTable(_ request: PlanRequest) -> (header: [String], rows: [[String]]) {
        let header = ["No", "Program/Kegiatan", "Perangkat Daerah"] + request.years.map(String.init)
        let rows = (1...3).map { number in ["\(number)"] + Array(repeating: "-", count: header.count - 1) }
        return (request.profile == .pemda ? header : header.map { $0 == "Perangkat Daerah" ? "Unit Kerja" : $0 }, rows)
    }

    /// Text safe inside an HTML or XML comment (no `--`).
    static func commentSafe(_ text: String) -> String {
        var text = text
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "-") }
        return text
    }
}
