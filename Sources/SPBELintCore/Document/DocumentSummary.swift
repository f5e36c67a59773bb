extension Document {
    /// The document as a finished run's reports print it: path, format, metadata, profile, kind,
    /// diagnostics and the first heading (the title when the metadata has none). No blocks, no
    /// other section and no word index, so a run over hundreds of documents keeps little of each.
    public var summary: Document {
        var first = Array(sections.prefix(1))
        for index in first.indices {
            first[index].blocks = []
            first[index].children = []
        }
        var summary = Document(path: path, format: format, metadata: metadata, preamble: [], sections: first,
                               comments: [], diagnostics: diagnostics, profileOverride: profileOverride,
                               terms: TermIndex.empty)
        summary.kindOverride = kindOverride
        return summary
    }
}
