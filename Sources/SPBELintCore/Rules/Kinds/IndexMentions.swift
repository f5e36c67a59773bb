/// Where a text names each framework's index ("Indeks SPBE", "Indeks Pemdi"), found in one pass
/// per phrase over its UTF-16 units (the offsets `NSRegularExpression` gives), ASCII letters
/// compared without case.
struct IndexMentions {
    /// One mention: where it starts and ends, and which framework (by index) it names.
    private struct Mention {
        var start: Int
        var end: Int
        var framework: Int
    }

    private let mentions: [Mention]

    /// The mentions of each framework's phrases in the text.
    init(text: String, phrases: [[String]]) {
        let units = Array(text.utf16).map(Self.folded)
        var found: [Mention] = []
        for (framework, list) in phrases.enumerated() {
            for phrase in list {
                let needle = Array(phrase.utf16).map(Self.folded)
                guard let first = needle.first, needle.count <= units.count else { continue }
                var start = 0
                while start <= units.count - needle.count {
                    if units[start] == first, units[start..<(start + needle.count)].elementsEqual(needle) {
                        found.append(Mention(start: start, end: start + needle.count, framework: framework))
                    }
                    start += 1
                }
            }
        }
        mentions = found
    }

    /// The framework named last before `offset` (a mention must end by then); on a tie of start,
    /// the framework listed first.
    func framework(before offset: Int) -> Int? {
        var best: Mention?
        for mention in mentions where mention.end <= offset {
            if let current = best {
                if mention.start > current.start || (mention.start == current.start && mention.framework < current.framework) {
                    best = mention
                }
            } else {
                best = mention
            }
        }
        return best?.framework
    }

    private static func folded(_ unit: UInt16) -> UInt16 {
        unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit
    }
}
