/// The legal force of a finding or rule in words: "kewajiban menurut Perpres 95/2018 Pasal 19 ayat (2)".
public enum LegalForceText {
    /// The tier followed by the citations; only the citations when the tier is unknown.
    public static func render(basis: LegalBasis?, citations: [Citation], language: Language) -> String {
        let cited = citations.map { $0.rendered(in: language) }.joined(separator: "; ")
        guard let basis else { return cited }
        let en = language == .en
        switch basis {
        case .kewajiban, .kriteriaEvaluasi:
            guard !cited.isEmpty else { return basis.name.text(in: language) }
            return "\(basis.name.text(in: language)) \(en ? "under" : "menurut") \(cited)"
        case .praktikBaik:
            guard !cited.isEmpty else { return basis.name.text(in: language) }
            return "\(basis.name.text(in: language)); \(en ? "see" : "lihat") \(cited)"
        }
    }
}
