/// Turns the bytes of one input file into a `Document`, or explains why it cannot.
public protocol DocumentParser: Sendable {
    /// Parses UTF-8 text already checked for encoding, size and binary content.
    /// - Parameters:
    ///   - text: the whole file as a String (consumed: a parser may let it go before it builds the document).
    ///   - path: the path to print in findings and problems.
    func parse(text: consuming String, path: String) throws(InputProblem) -> Document
}
