/// The XML vocabularies spbelint recognises, told apart by the root element.
enum XMLVocabulary: Equatable {
    /// spbelint's own `dokumen` in `urn:spbelint:dokumen-spbe:1`.
    case spbe
    /// Akoma Ntoso 3.0 (`akomaNtoso` in the OASIS LegalDocML namespace).
    case akomaNtoso
    /// The corpus's plain `regulation` shape (no namespace).
    case regulation
    /// Anything else, read generically with an `xml-kosakata` diagnostic.
    case unknown

    init(root: XMLNodeRef) {
        switch (root.localName, root.namespaceURI) {
        case (SPBEVocabularyMapper.rootName, SPBEVocabularyMapper.namespace): self = .spbe
        case (AkomaNtosoMapper.rootName, let namespace) where namespace.hasPrefix("http://docs.oasis-open.org/legaldocml/ns/akn/3.0"):
            self = .akomaNtoso
        case (RegulationVocabularyMapper.rootName, ""): self = .regulation
        default: self = .unknown
        }
    }

    /// The document format recorded for this vocabulary.
    var format: DocumentFormat { self == .akomaNtoso ? .akomaNtoso : .xml }
}
