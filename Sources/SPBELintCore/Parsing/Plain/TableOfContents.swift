/// Finds the lines of a table of contents (and of lists of tables or figures), which name the
/// headings but are not the structure: entries end in leader dots or a page number after a gap.
enum TableOfContents {
    /// Indices of the items that belong to a table of contents, found in one pass.
    static func lines(in items: [PlainItem]) -> Set<Int> {
        var result = Set<Int>()
        var runStart: Int?
        var lastEntry = -1
        var leaders = 0
        var captioned = false
        var gap = 0
        var pending: [Int] = []
        func closeRun() {
            // Without a "DAFTAR ISI" caption, only a run with leader dots is a table of contents
            // (a table whose rows end in numbers is not).
            if runStart != nil, captioned || leaders >= 3 {
                result.formUnion(pending.filter { $0 <= lastEntry })
            }
            runStart = nil
            leaders = 0
            captioned = false
            gap = 0
            pending = []
        }
        for (index, item) in items.enumerated() {
            guard case .line(let line) = item else {
                if case .pageBreak = item { continue }
                closeRun()
                continue
            }
            let text = line.text.trimmedSpaces
            if isCaption(text) {
                closeRun()
                runStart = index
                pending = [index]
                captioned = true
                lastEntry = index
                continue
            }
            if isEntry(text) {
                if runStart == nil { runStart = index }
                pending.append(index)
                if hasLeader(text) { leaders += 1 }
                lastEntry = index
                gap = 0
                continue
            }
            guard runStart != nil else { continue }
            if text.isEmpty { pending.append(index); continue }
            gap += 1
            pending.append(index)
            if gap > 4 { closeRun() }
        }
        closeRun()
        return result
    }

    /// "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR", "TABLE OF CONTENTS".
    static func isCaption(_ text: String) -> Bool {
        guard text.utf8.count <= 24, let first = text.first, first == "D" || first == "T" || first == "C" || first == "d" else { return false }
        let upper = text.uppercased().split(separator: " ").joined(separator: " ")
        return ["DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR", "DAFTAR LAMPIRAN", "TABLE OF CONTENTS", "CONTENTS"]
            .contains(upper)
    }

    /// Whether an entry's page number follows leader dots.
    static func hasLeader(_ text: String) -> Bool {
        let before = text.dropLast(text.split(separator: " ").last?.count ?? 0).trimmedSpaces
        return before.hasSuffix("..") || before.hasSuffix("…")
    }

    /// An entry: leader dots then a page number, or a heading-like text, a wide gap and a page number.
    static func isEntry(_ text: String) -> Bool {
        guard let end = text.last, end.isNumber || "ivxlc".contains(end) else { return false }
        guard let last = text.split(separator: " ").last else { return false }
        let pageNumber = last.allSatisfy { $0.isASCII && $0.isNumber } && last.count <= 4
            || (LegalNumbers.roman(String(last)) != nil && last == last.lowercased())
        guard pageNumber else { return false }
        let before = text.dropLast(last.count)
        if before.hasSuffix("..") || before.hasSuffix("…") || before.trimmedSpaces.hasSuffix("...")
            || before.trimmedSpaces.hasSuffix("…") {
            return true
        }
        return before.hasSuffix("   ") && before.trimmedSpaces.count >= 3
            && PlainHeading(before.trimmedSpaces) != nil
    }
}
