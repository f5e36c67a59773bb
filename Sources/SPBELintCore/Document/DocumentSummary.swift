extension Document {
    /// The document without its blocks and comments: path, format, metadata, profile and the
    /// section headings, which is all a report of a finished run prints about it. Its term index
    /// keeps the heading words only (no rule runs on a summary).
    public var summary: Document {
        var headings = sections
        for index in headings.indices { headings[index].blocks = [] }
        var summary = Document(path: path, format: format, metadata: metadata, preamble: [], sections: headings,
                               comments: [], diagnostics: diagnostics, profileOverride: profileOverride,
                               terms: terms.headingsOnly)
        summary.kindOverride = kindOverride
        return summary
    }
}
