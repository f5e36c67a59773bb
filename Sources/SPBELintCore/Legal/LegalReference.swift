/// A reference in a statute's body to one of its own provisions: "Pasal 5 ayat (2) huruf a",
/// "ayat (1)" (of the Pasal it is written in), or "Lampiran II".
public struct LegalReference: Sendable, Hashable {
    /// What the reference points to.
    public enum Target: Sendable, Hashable {
        /// A Pasal (nil: the Pasal holding the reference), optionally an ayat and a huruf or angka.
        case provision(pasal: String?, ayat: Int?, point: String?)
        /// A Lampiran, optionally numbered ("I", "II").
        case lampiran(label: String?)
    }

    public var target: Target
    /// The reference as written, for messages ("Pasal 5 ayat (2)").
    public var text: String
    /// Where the text holding the reference starts (the block, list item or ayat).
    public var position: SourcePosition
    /// The label of the Pasal whose text holds the reference, if any.
    public var within: String?

    public init(target: Target, text: String, position: SourcePosition, within: String?) {
        self.target = target
        self.text = text
        self.position = position
        self.within = within
    }
}

extension LegalStructure {
    /// Every internal reference in the text of the body's Pasal, in order.
    public var internalReferences: [LegalReference] {
        pasal.flatMap { pasal in
            pasal.pieces.flatMap { LegalReferenceScanner.references(in: $0.text, at: $0.position, within: pasal.label) }
        }
    }

    /// What is wrong with a reference (the Pasal, ayat, point or Lampiran it names does not exist), or nil.
    public func problem(with reference: LegalReference) -> LocalizedText? {
        switch reference.target {
        case .lampiran(let label):
            guard lampiran(label) == nil else { return nil }
            let name = label.map { "Lampiran \($0)" } ?? "Lampiran"
            return LocalizedText(id: "\(name) tidak ada dalam dokumen", en: "the document has no \(name)")
        case .provision(let label, let ayatNumber, let point):
            guard let label = label ?? reference.within else { return nil }
            guard let found = pasal(label) else {
                return LocalizedText(id: "Pasal \(label) tidak ada", en: "there is no Pasal \(label)")
            }
            if let ayatNumber {
                guard let ayat = found.ayat(ayatNumber) else {
                    return LocalizedText(id: "Pasal \(label) tidak memiliki ayat (\(ayatNumber))",
                                         en: "Pasal \(label) has no ayat (\(ayatNumber))")
                }
                if let point, !ayat.points.contains(where: { $0.label == point }) {
                    return LocalizedText(id: "Pasal \(label) ayat (\(ayatNumber)) tidak memiliki \(Self.pointWord(point)) \(point)",
                                         en: "Pasal \(label) ayat (\(ayatNumber)) has no \(Self.pointWord(point)) \(point)")
                }
            } else if let point, !found.hasPoint(point) {
                return LocalizedText(id: "Pasal \(label) tidak memiliki \(Self.pointWord(point)) \(point)",
                                     en: "Pasal \(label) has no \(Self.pointWord(point)) \(point)")
            }
            return nil
        }
    }

    static func pointWord(_ label: String) -> String { Int(label) == nil ? "huruf" : "angka" }
}

/// Finds references to Pasal, ayat, huruf, angka and Lampiran in running text, leaving out those
/// that name another regulation ("Pasal 61 ayat (1) Peraturan Presiden Nomor 95 Tahun 2018").
enum LegalReferenceScanner {
    /// Words that start the name of another instrument after a reference.
    static let instrumentWords: Set<String> = [
        "undang-undang", "uu", "uud", "peraturan", "perpres", "pp", "perda", "perkada", "perwali", "perbup",
        "pergub", "permen", "permendagri", "keputusan", "kepres", "keppres", "instruksi", "inpres", "kitab", "qanun",
    ]
    static let connectors: Set<String> = ["dan", "atau", "dan/atau", "serta", "sampai", "dengan", "s.d.", "s/d", "hingga", ","]

    static func references(in text: String, at position: SourcePosition, within: String?) -> [LegalReference] {
        let tokens = LegalMarkers.tokens(text)
        var result: [LegalReference] = []
        var chain: [LegalReference] = []
        var i = 0
        func word(_ index: Int) -> String { index < tokens.count ? tokens[index].legalTrimmed(",;:.").lowercased() : "" }
        func endsClause(_ index: Int) -> Bool { tokens[index].last.map { ";:.".contains($0) } ?? false }
        func finishChain(at next: Int) {
            guard !chain.isEmpty else { return }
            if !refersToOwnInstrument(tokens, from: next) { chain.removeAll(); return }
            result.append(contentsOf: chain)
            chain.removeAll()
        }
        while i < tokens.count {
            let current = word(i)
            var reference: (pasal: String?, ayat: Int?, point: String?)?
            let start = i
            if current == "pasal", i + 1 < tokens.count, let (_, label) = LegalNumbers.leadingInteger(tokens[i + 1]),
               !tokens[i + 1].contains("-"), !tokens[i + 1].contains("–") {
                reference = (label, nil, nil)
                i += 2
            } else if current == "ayat", i + 1 < tokens.count,
                      let number = LegalMarkers.value(of: tokens[i + 1].legalTrimmed(",;:."), style: .ayat) {
                reference = (chain.last?.pasalLabel, number, nil)
                i += 2
            } else if (current == "huruf" || current == "angka"), !chain.isEmpty, i + 1 < tokens.count,
                      let label = pointLabel(tokens[i + 1], letter: current == "huruf") {
                reference = (chain.last?.pasalLabel, chain.last?.ayatNumber, label)
                i += 2
            } else if tokens[i] == "Lampiran" || tokens[i].legalTrimmed(",;:.") == "Lampiran" || tokens[i] == "LAMPIRAN" {
                finishChain(at: i)
                let next = i + 1 < tokens.count ? tokens[i + 1].legalTrimmed(",;:.") : ""
                let label = !endsClause(i) && (LegalNumbers.roman(String(next)) != nil && next == next.uppercased() || Int(next) != nil)
                    ? String(next) : nil
                var after = label == nil ? i + 1 : i + 2
                while after + 1 < tokens.count, ["huruf", "angka"].contains(word(after)), !endsClause(after - 1) { after += 2 }
                if endsClause(label == nil ? i : i + 1) || refersToOwnInstrument(tokens, from: after) {
                    result.append(LegalReference(target: .lampiran(label: label),
                                                 text: label.map { "Lampiran \($0)" } ?? "Lampiran", position: position, within: within))
                }
                i = after
                continue
            }
            guard var found = reference else {
                if connectors.contains(current) || tokens[i] == "," { i += 1; continue }
                finishChain(at: i)
                i += 1
                continue
            }
            // Qualifiers that follow: ayat, huruf, angka.
            while i + 1 < tokens.count, !endsClause(i - 1) {
                let qualifier = word(i)
                if qualifier == "ayat", found.ayat == nil, let number = LegalMarkers.value(of: tokens[i + 1].legalTrimmed(",;:."), style: .ayat) {
                    found.ayat = number
                } else if (qualifier == "huruf" || qualifier == "angka"), found.point == nil,
                          let label = pointLabel(tokens[i + 1], letter: qualifier == "huruf") {
                    found.point = label
                } else {
                    break
                }
                i += 2
            }
            let written = tokens[start..<i].map { String($0) }.joined(separator: " ").legalTrimmed(",;:.")
            chain.append(LegalReference(target: .provision(pasal: found.pasal, ayat: found.ayat, point: found.point),
                                        text: String(written), position: position, within: within))
            if endsClause(i - 1) { finishChain(at: i) }
        }
        finishChain(at: tokens.count)
        return result
    }

    /// The label of a huruf ("b") or angka ("12") token.
    static func pointLabel(_ token: Substring, letter: Bool) -> String? {
        let core = token.legalTrimmed(",;:.")
        if letter { return core.count == 1 && core.first!.isLetter && core.first!.isLowercase ? String(core) : nil }
        return !core.isEmpty && core.allSatisfy { $0.isASCII && $0.isNumber } ? String(core) : nil
    }

    /// Whether the words from `index` do not name another instrument, or name this one ("Peraturan Wali Kota ini").
    static func refersToOwnInstrument(_ tokens: [Substring], from index: Int) -> Bool {
        guard index < tokens.count else { return true }
        let first = tokens[index].legalTrimmed(",;:.()").lowercased()
        guard instrumentWords.contains(first) || first.hasPrefix("undang-undang") || first.hasPrefix("permen") else { return true }
        for offset in index..<min(tokens.count, index + 8) {
            let word = tokens[offset].legalTrimmed(",;:.").lowercased()
            if word == "ini" { return true }
            if word == "nomor" || word == "tahun" { return false }
            if let last = tokens[offset].last, ";:.".contains(last), offset > index { return false }
        }
        return false
    }
}

extension LegalReference {
    var pasalLabel: String? {
        if case .provision(let pasal, _, _) = target { return pasal }
        return nil
    }

    var ayatNumber: Int? {
        if case .provision(_, let ayat, _) = target { return ayat }
        return nil
    }

    /// Whether the reference names a huruf or angka.
    var hasPoint: Bool {
        if case .provision(_, _, let point) = target { return point != nil }
        return false
    }
}
