/// Word files converted from PDF often hold one paragraph per printed line. When unstyled
/// paragraphs show it (a paragraph that stops mid-sentence and a next one that starts in lower
/// case, or after a hyphen, a comma or a word no sentence ends with), a paragraph that follows one
/// not ending a sentence is read as its continuation, as the plain-text reader reads the lines of
/// a PDF. Files with real paragraphs are left as written.
enum WrappedLines {
    /// How many adjacent unstyled paragraphs must look wrapped, at least, and the share of them.
    static let minimumWrapped = 3
    static let minimumShare = 0.2

    /// Words after which an Indonesian sentence does not end ("dan", "yang", "Nomor" ...).
    static let openWords: Set<String> = [
        "dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "oleh",
        "bagi", "bahwa", "sebagai", "tentang", "terhadap", "melalui", "antara", "secara", "nomor", "tahun",
        "the", "of", "and", "to", "in", "for",
    ]

    /// The numbers of the unstyled paragraphs that continue the paragraph before them.
    static func continuations(_ content: OfficeContent) -> Set<Int> {
        var pairs: [(number: Int, wrapped: Bool)] = []
        var previous: (number: Int, last: Substring)?
        for element in content.elements {
            guard case .paragraph(let text, let number) = element, content.unstyledParagraphs.contains(number) else {
                previous = nil
                continue
            }
            let lines = text.split(separator: "\n")
            if let before = previous, before.number == number - 1, let first = lines.first, !endsSentence(before.last) {
                pairs.append((number, looksWrapped(before.last, then: first)))
            }
            previous = lines.last.map { (number, $0) }
        }
        let wrapped = pairs.filter(\.wrapped).count
        guard wrapped >= minimumWrapped, Double(wrapped) >= minimumShare * Double(pairs.count + 1) else { return [] }
        return Set(pairs.map(\.number))
    }

    /// Whether a line ends a sentence or a clause: `.`, `:`, `;`, `!`, `?`, before closing quotes.
    static func endsSentence(_ line: Substring) -> Bool {
        guard let last = line.last(where: { !$0.isWhitespace && !"\"”’')".contains($0) }) else { return true }
        return ".:;!?".contains(last)
    }

    /// Whether `next` reads as the rest of `line`'s sentence.
    static func looksWrapped(_ line: Substring, then next: Substring) -> Bool {
        if next.first?.isLowercase == true { return true }
        if line.hasSuffix("-") || line.hasSuffix(",") { return true }
        guard let word = line.split(separator: " ").last else { return false }
        return openWords.contains(word.lowercased())
    }
}
