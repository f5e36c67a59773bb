/// What a heading (or a line) of a statute is: BAB, Bagian, Paragraf, Pasal, ayat, point,
/// Lampiran, Penjelasan, or something else.
enum LegalHeadingKind {
    case bab(label: String, title: String)
    case bagian(label: String, number: Int?, title: String)
    case paragraf(label: String, number: Int?, title: String)
    case pasal(label: String, number: Int)
    case ayat(number: Int)
    case point(label: String)
    case lampiran(label: String?, title: String)
    case penjelasan(label: String?, title: String)
    case other

    var isPasal: Bool {
        if case .pasal = self { return true }
        return false
    }

    init(heading: String) {
        let tokens = LegalMarkers.tokens(heading)
        guard let first = tokens.first else { self = .other; return }
        let word = first.legalTrimmed(".:").uppercased()
        let second = tokens.count > 1 ? tokens[1].legalTrimmed(".:") : nil
        func rest(from index: Int) -> String {
            guard index < tokens.count else { return "" }
            return String(heading[tokens[index].startIndex...].legalTrimmed(" :.-–—\t"))
        }
        switch word {
        case "BAB":
            if let second, LegalNumbers.roman(String(second)) != nil || Int(second) != nil {
                self = .bab(label: String(second).uppercased(), title: rest(from: 2))
                return
            }
        case "BAGIAN", "PARAGRAF":
            if let second {
                let ordinalWords = tokens.dropFirst().prefix(2).map { String($0.legalTrimmed(".:")) }
                let number = Int(second) ?? LegalNumbers.ordinal(ordinalWords)
                let usesTwoWords = number != nil && Int(second) == nil && ordinalWords.count == 2
                    && ordinalWords[1].lowercased() == "belas"
                let label = usesTwoWords ? ordinalWords.joined(separator: " ") : String(second)
                let title = rest(from: usesTwoWords ? 3 : 2)
                self = word == "BAGIAN" ? .bagian(label: label, number: number, title: title)
                                        : .paragraf(label: label, number: number, title: title)
                return
            }
        case "PASAL":
            if let second, let (number, label) = LegalNumbers.leadingInteger(second) {
                self = .pasal(label: label, number: number)
                return
            }
        case "LAMPIRAN", "PENJELASAN":
            let label = second.flatMap { LegalNumbers.roman(String($0)) != nil || Int($0) != nil ? String($0).uppercased() : nil }
            let title = rest(from: label == nil ? 1 : 2)
            self = word == "LAMPIRAN" ? .lampiran(label: label, title: title) : .penjelasan(label: label, title: title)
            return
        default:
            break
        }
        if tokens.count == 1, let number = LegalMarkers.value(of: first, style: .ayat) {
            self = .ayat(number: number)
            return
        }
        if tokens.count == 1, let marker = LegalMarkers.leadingMarker(heading) {
            self = .point(label: marker.label)
            return
        }
        self = .other
    }
}
