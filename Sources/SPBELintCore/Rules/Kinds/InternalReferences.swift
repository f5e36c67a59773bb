/// `internal-references`: every reference a statute makes to its own Pasal, ayat, huruf, angka or
/// Lampiran points to something that exists.
///
/// ## What it checks
/// References in the text of the body's Pasal: "sebagaimana dimaksud dalam Pasal 5 ayat (2)",
/// "Pasal 3 huruf b", "pada ayat (1)" (of the Pasal it is written in), "tercantum dalam Lampiran
/// II". References followed by the name of another instrument ("Pasal 61 ayat (1) Peraturan
/// Presiden Nomor 95 Tahun 2018") are left out; "… Peraturan Wali Kota ini" is kept.
///
/// ## Options
/// - `refersTo`: `pasal` (Pasal, ayat, huruf and angka), `lampiran`, or `self`: a reference that
///   points to the ayat holding it ("sebagaimana dimaksud pada ayat (2)" written in ayat (2)).
///
/// ## Where findings point
/// The paragraph, list item or ayat holding the reference. `{reference}` quotes it and `{problem}`
/// says what is missing.
public struct InternalReferences: RuleKind {
    public static let name = "internal-references"
    public static let summary = "References to the statute's own Pasal, ayat, huruf or Lampiran point to something that exists."

    /// Which references are checked.
    public enum Target: String, Decodable, Sendable {
        case pasal, lampiran
        case selfReference = "self"
    }

    public struct Options: Decodable, Sendable {
        var refersTo: Target

        enum CodingKeys: String, CodingKey, CaseIterable { case refersTo }

        public init(from decoder: any Decoder) throws {
            try StrictKeys.check(decoder, allowed: CodingKeys.self)
            refersTo = try decoder.container(keyedBy: CodingKeys.self).decode(Target.self, forKey: .refersTo)
        }
    }

    let options: Options

    public init(options: Options) throws(RuleOptionError) {
        self.options = options
    }

    public func matches(in document: Document) -> [Match] {
        let legal = document.analysis.legalStructure
        if options.refersTo == .selfReference { return Self.selfReferences(in: legal) }
        var seen = Set<String>()
        var result: [Match] = []
        for reference in document.analysis.internalReferences {
            let isLampiran = if case .lampiran = reference.target { true } else { false }
            guard isLampiran == (options.refersTo == .lampiran), let problem = legal.problem(with: reference) else { continue }
            let key = "\(reference.position.line):\(reference.position.column):\(reference.text)"
            guard seen.insert(key).inserted else { continue }
            let section = reference.within.flatMap { legal.pasal($0)?.section }
            result.append(Match(position: reference.position, section: section,
                                values: ["reference": LocalizedText(reference.text), "problem": problem], key: key))
        }
        return result
    }

    /// References that point to the provision they are written in.
    static func selfReferences(in legal: LegalStructure) -> [Match] {
        var result: [Match] = []
        for pasal in legal.pasal {
            var found: [(LegalReference, SourcePosition)] = []
            for ayat in pasal.ayat where !ayat.text.contains("(\(ayat.number + 1)") {
                // An ayat whose text holds the next ayat's marker was not split (a page break, OCR
                // noise): its references may belong to the next ayat, so it is left out.
                for reference in LegalReferenceScanner.references(in: ayat.text, at: ayat.position, within: pasal.label)
                where (reference.pasalLabel ?? pasal.label) == pasal.label && reference.ayatNumber == ayat.number && !reference.hasPoint {
                    found.append((reference, ayat.position))
                }
            }
            for (reference, position) in found {
                let own = "Pasal \(pasal.label) ayat (\(reference.ayatNumber ?? 0))"
                result.append(Match(position: position, section: pasal.section,
                                    values: ["reference": LocalizedText(reference.text),
                                             "problem": LocalizedText(id: "rujukan itu tertulis dalam \(own) sendiri",
                                                                      en: "the reference is written in \(own) itself")],
                                    key: "self-\(position.line):\(position.column):\(reference.text)"))
            }
        }
        return result
    }
}
