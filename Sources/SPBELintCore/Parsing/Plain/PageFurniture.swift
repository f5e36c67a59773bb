import Foundation

/// Finds running headers, footers and page numbers: lines near the top or bottom of a page
/// whose shape (digits ignored) comes back on many pages (all but their first occurrence),
/// "Halaman N", "- 12 -", "Page 3 of 9", or a bare number.
enum PageFurniture {
    /// How many non-blank lines at each end of a page are examined.
    static let margin = 3

    /// For each page (a list of lines), the indices of the lines to drop.
    static func lines(in pages: [[PlainLine]]) -> [Set<Int>] {
        var counts: [String: Int] = [:]
        var candidates: [[(index: Int, key: String)]] = []
        for page in pages {
            let filled = page.indices.filter { !page[$0].isBlank }
            let edges = Array(filled.prefix(margin)) + Array(filled.suffix(margin))
            var seen = Set<String>()
            var list: [(Int, String)] = []
            for index in Set(edges).sorted() {
                let text = page[index].text.trimmedSpaces
                // A table header repeated on each page of a long table is content.
                if LayoutTable.yearHeader(page[index].text) != nil { continue }
                // A heading ("Pasal 5") is compared as written, so only an identical line repeats.
                let key = PlainHeading(text) != nil ? "=" + text : shape(text)
                guard !key.isEmpty else { continue }
                list.append((index, key))
                if seen.insert(key).inserted { counts[key, default: 0] += 1 }
            }
            candidates.append(list)
        }
        let threshold = max(3, (pages.count + 1) / 3)
        // The first occurrence of a running header stays: it is often the only place the
        // document's title is written (identity reads it); page numbers never stay.
        var kept = Set<String>()
        return candidates.map { list in
            Set(list.filter { candidate in
                if pageNumber(candidate.key) { return true }
                guard pages.count >= 3, counts[candidate.key, default: 0] >= threshold else { return false }
                return !kept.insert(candidate.key).inserted
            }.map(\.index))
        }
    }

    /// The line folded for comparison: lower case, digits as `#`, spaces collapsed.
    static func shape(_ text: String) -> String {
        var result = ""
        var lastSpace = true
        var lastDigit = false
        for character in text.lowercased() {
            if character.isWhitespace {
                if !lastSpace { result.append(" ") }
                lastSpace = true
                lastDigit = false
            } else if character.isNumber {
                if !lastDigit { result.append("#") }
                lastDigit = true
                lastSpace = false
            } else {
                result.append(character)
                lastSpace = false
                lastDigit = false
            }
        }
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// A page number line: "#", "- # -", "halaman #", "hal. #", "page # of #", "# / #", roman.
    static func pageNumber(_ shape: String) -> Bool {
        let compact = shape.filter { !$0.isWhitespace && !"-–—|.:()[]".contains($0) }
        if ["#", "halaman#", "hal#", "page#", "page#of#", "#/#", "halaman#dari#"].contains(compact) { return true }
        return compact.count <= 5 && LegalNumbers.roman(compact) != nil && compact == compact.lowercased()
    }
}
