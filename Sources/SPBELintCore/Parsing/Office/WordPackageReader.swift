/// Reads a `.docx` (or `.docm`, whose macros are never run) package into `OfficeContent`: the main
/// document part found through the package relationships, with its styles, numbering, notes and
/// comments; headers and footers are never read.
enum WordPackageReader {
    static func read(_ package: OfficePackage, path: String) throws(InputProblem) -> OfficeContent {
        let packageRelationships = try OfficeRelationships(of: "", in: package)
        let main = packageRelationships["officeDocument"] ?? "word/document.xml"
        guard let document = try package.xml(main) else { throw OfficeProblem.missingPart(path, part: main) }
        guard document.root.localName == "document", let body = document.root.firstElement("body") else {
            throw OfficeProblem.missingPart(path, part: main + " (w:body)")
        }
        let related = try OfficeRelationships(of: main, in: package)
        func part(_ type: String) throws(InputProblem) -> OfficeXMLPart? {
            guard let name = related[type] else { return nil }
            return try package.xml(name)
        }
        var reader = WordBodyReader(
            styles: WordStyles(part: try part("styles")),
            numbering: WordNumbering(part: try part("numbering")),
            notes: WordAnnotations.notes(footnotes: try part("footnotes"), endnotes: try part("endnotes")),
            comments: WordAnnotations.directives(in: try part("comments")))
        withExtendedLifetime(document) { reader.read(body: body) }
        var content = reader.content
        let corePath = packageRelationships["core-properties"] ?? "docProps/core.xml"
        let customPath = packageRelationships["custom-properties"] ?? "docProps/custom.xml"
        content.metadata = OfficeProperties.custom(try package.xml(customPath))
        let core = try package.xml(corePath)
        content.fallbackMetadata = withExtendedLifetime(core) { OfficeProperties.core(core?.root) }
        return content
    }
}
