/// A heading and the content under it, linked to its parent and children by index.
public struct Section: Sendable, Hashable {
    /// Position of this section in `Document.sections`.
    public var index: Int
    /// The heading as written, numbering included ("BAB IV ARSITEKTUR SPBE").
    public var rawHeading: String
    /// The heading without its numbering ("ARSITEKTUR SPBE").
    public var title: String
    /// The numbering, if any ("BAB IV", "4.2", "Pasal 5", "(1)").
    public var numbering: String?
    /// Depth in the tree, 1 for top-level sections.
    public var level: Int
    public var position: SourcePosition
    public var parent: Int?
    public var children: [Int]
    /// Blocks directly under this heading, before any child section.
    public var blocks: [Block]

    public init(index: Int, rawHeading: String, title: String, numbering: String?, level: Int,
                position: SourcePosition, parent: Int?, children: [Int] = [], blocks: [Block] = []) {
        self.index = index
        self.rawHeading = rawHeading
        self.title = title
        self.numbering = numbering
        self.level = level
        self.position = position
        self.parent = parent
        self.children = children
        self.blocks = blocks
    }
}
