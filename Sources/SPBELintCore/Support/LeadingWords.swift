/// The first few words of a text, found without splitting the rest of it (a long paragraph
/// costs no more than a short line).
extension StringProtocol {
    /// Up to `count` words from the start, words separated by runs of characters `isSeparator` accepts.
    func leadingWords(_ count: Int, separatedBy isSeparator: (Character) -> Bool = { $0.isWhitespace }) -> [SubSequence] {
        var words: [SubSequence] = []
        var index = startIndex
        while words.count < count {
            while index < endIndex, isSeparator(self[index]) { index = self.index(after: index) }
            guard index < endIndex else { break }
            let start = index
            while index < endIndex, !isSeparator(self[index]) { index = self.index(after: index) }
            words.append(self[start..<index])
        }
        return words
    }
}
