import Dispatch

/// A term index built on another thread from the sections a reader has finished, while it reads
/// the rest (a large XML plan is read chapter by chapter on one core; this puts the indexing on
/// the other). Sections are handed over in document order; the preamble goes with the first.
final class BackgroundTermIndex: @unchecked Sendable {
    private let queue = DispatchQueue(label: "spbelint.term-index")
    /// Touched only on `queue`.
    private var building: TermIndexBuilding
    /// The number of preamble blocks indexed, set by the first hand-over (reader's thread only).
    private var preambleCount: Int?
    /// The number of sections handed over so far (reader's thread only).
    private(set) var sectionsHanded = 0

    /// An empty index with room for about `positions` words.
    init(positions: Int) {
        building = TermIndexBuilding(positions: positions)
    }

    /// Hands over the sections that follow those handed before; the first call also hands the preamble.
    func hand(preamble: [Block], sections: [Section]) {
        guard !sections.isEmpty || preambleCount == nil else { return }
        let firstPreamble = preambleCount == nil ? preamble : nil
        if preambleCount == nil { preambleCount = preamble.count }
        sectionsHanded += sections.count
        queue.async { [self] in
            if let firstPreamble { building.add(preamble: firstPreamble) }
            for section in sections { building.add(section) }
        }
    }

    /// The finished index, once every section is handed over; nil when the preamble grew after it
    /// was handed (a block after the first section, outside every section), so that the caller
    /// indexes the document the usual way.
    func finish(preamble: [Block]) -> TermIndex? {
        guard preambleCount == preamble.count else {
            queue.sync {}
            return nil
        }
        return queue.sync { building.finish() }
    }
}
