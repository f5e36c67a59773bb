/// The report's stylesheet: readable on screen, A4 in print (margins, page numbers, page 1 the
/// summary), no fonts or images from the network.
enum HTMLReportStyle {
    /// The stylesheet, with the page-number text ("Halaman 2 dari 5") in the report's language.
    static func css(pageLabel: String, of: String) -> String {
        screen + "\n" + print.replacingOccurrences(of: "PAGE_LABEL", with: cssString(pageLabel))
            .replacingOccurrences(of: "OF_LABEL", with: cssString(of))
    }

    /// A CSS string literal of fixed report text.
    private static func cssString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let screen = """
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --band: #f3f5f7; --accent: #0d47a1;
      --good: #1b5e20; --good-bg: #e6f4e7; --poor: #b71c1c; --poor-bg: #fdecea; --fair: #7a4500; --fair-bg: #fff3dc;
      --na-bg: #ececec; }
    * { box-sizing: border-box; }
    html { color: var(--ink); background: #fff; }
    body { font: 15px/1.5 "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; }
    header.report { border-bottom: 3px solid var(--accent); padding-bottom: 10px; margin-bottom: 16px; }
    header.report h1 { margin: 0 0 4px; font-size: 28px; color: var(--accent); }
    header.report p { margin: 2px 0; }
    .subtitle { font-size: 15px; }
    .meta, .muted, caption, figcaption, .where, .fineprint { color: var(--muted); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    h2 { font-size: 22px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 18px; margin: 22px 0 8px; }
    h4 { font-size: 16px; margin: 14px 0 6px; }
    nav h2 { font-size: 15px; margin: 0 0 2px; border: 0; padding: 0; }
    nav ol { columns: 2; column-gap: 32px; margin: 0 0 8px; font-size: 14px; }
    nav li { break-inside: avoid; }
    a { color: var(--accent); }
    .verdict { border: 2px solid currentColor; border-radius: 8px; padding: 10px 16px; margin: 8px 0 12px; }
    .verdict p { margin: 2px 0; }
    .verdict .verdict-name { font-size: 22px; }
    .verdict .headline { font-size: 18px; font-weight: bold; }
    .verdict .note { color: var(--ink); }
    p.headline { font-weight: bold; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 2px 16px; margin: 8px 0 12px; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    section.version dl.facts { grid-template-columns: max-content 1fr; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 14px; }
    caption { text-align: left; font-style: italic; padding: 4px 0; }
    th, td { border: 1px solid var(--rule); padding: 3px 7px; vertical-align: top; text-align: left; }
    thead th { background: #e3e8ef; }
    tbody th[scope=row] { font-weight: normal; }
    tfoot th, tr.lead th { font-weight: bold; }
    tr.area-row th { background: var(--band); font-weight: bold; }
    tr.na td { color: var(--muted); font-size: 92%; }
    td.num, th.num { text-align: right; white-space: nowrap; }
    thead th.num { white-space: normal; }
    table.tiers { width: auto; min-width: 60%; }
    code { font: 12.5px "DejaVu Sans Mono", "Liberation Mono", monospace; }
    td.code code, tr.na code { white-space: nowrap; font-size: 11px; color: var(--muted); }
    th code, dd code, .summary-all code { overflow-wrap: anywhere; }
    col.c-req { width: 48%; } col.c-status { width: 11%; } col.c-evidence { width: 26%; } col.c-cite { width: 36%; }
    col.c-indicator { width: 50%; } col.c-no { width: 3em; } col.c-verdict { width: 22%; } col.c-num { width: 12%; } col.c-area { width: 14%; } col.c-change { width: 11%; }
    .status, .badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: bold; white-space: nowrap; }
    .tag { display: inline-block; font-size: 78%; padding: 0 4px; border: 1px solid var(--rule); border-radius: 3px; color: var(--muted); white-space: nowrap; }
    .cite { font-size: 85%; color: var(--muted); }
    .met, .good, .improved { color: var(--good); background: var(--good-bg); }
    .not-met, .poor, .error, .regressed { color: var(--poor); background: var(--poor-bg); }
    .fair, .warning { color: var(--fair); background: var(--fair-bg); }
    .not-applicable, .info, .unchanged, .changed, .without-evidence { color: var(--muted); background: var(--na-bg); }
    .verdict.poor, .verdict.fair, .verdict.good, .verdict.not-applicable { background: none; }
    .verdict.poor { color: var(--poor); } .verdict.fair { color: var(--fair); } .verdict.good { color: var(--good); }
    td.good, td.fair, td.poor { font-weight: bold; }
    ol.priorities { margin: 4px 0 10px; padding-left: 24px; }
    ol.priorities li.more, p.more { list-style: none; color: var(--muted); }
    .confidence { color: var(--muted); white-space: nowrap; }
    .fineprint { font-size: 12.5px; margin: 0 0 8px; }
    figure { margin: 8px 0 12px; }
    .charts { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: flex-start; }
    .charts figure { flex: 1 1 460px; margin: 4px 0; }
    .overview { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: flex-start; }
    .overview .tiers-block { flex: 1 1 420px; }
    .overview.with-radar .tiers-block { flex-basis: 100%; }
    .overview table.tiers { width: 100%; }
    .overview figure { flex: 1 1 440px; margin: 4px 0; min-width: 0; }
    .overview .tiers-block { min-width: 0; }
    .overview figure.radar { max-width: 560px; }
    figcaption { font-size: 13px; }
    svg.chart { width: 100%; max-width: 620px; height: auto; display: block; font-family: "DejaVu Sans", Arial, sans-serif; }
    svg .label { font-size: 14px; fill: var(--ink); }
    svg .tick { font-size: 12px; fill: var(--muted); }
    svg .value { font-size: 14px; font-weight: bold; fill: var(--ink); }
    svg .value.inside { fill: #fff; }
    svg .value.muted { font-weight: normal; fill: var(--muted); }
    svg .grid { stroke: var(--rule); stroke-width: 1; }
    svg .track { fill: #fff; stroke: #9e9e9e; stroke-width: 1; }
    svg .track.empty { stroke: var(--poor); stroke-width: 1.5; }
    svg .ring { fill: none; stroke: var(--rule); stroke-width: 1; }
    svg .bar.good { fill: #2e7d32; } svg .bar.fair { fill: #b26a00; } svg .bar.poor { fill: #c62828; }
    svg .series { stroke-width: 2.5; fill-opacity: 0.12; }
    svg .legend { stroke-width: 3; }
    svg .s0 { stroke: #0d47a1; fill: #0d47a1; } svg .s1 { stroke: #c62828; fill: #c62828; }
    svg .s2 { stroke: #2e7d32; fill: #2e7d32; } svg .s3 { stroke: #6a1b9a; fill: #6a1b9a; }
    svg .legend, svg .series { fill-opacity: 0.12; }
    svg line.legend { fill: none; }
    section.document { margin-top: 32px; }
    section.document h2 { font-size: 24px; color: var(--accent); border-bottom: 2px solid var(--accent); }
    details > summary { cursor: pointer; }
    details > summary h2 { display: inline; border: 0; }
    section.document.folded { margin-top: 6px; }
    section.document.folded h2 { font-size: 17px; }
    p.shared, p.verdicts { margin: 4px 0; }
    footer { margin-top: 32px; border-top: 1px solid var(--rule); padding-top: 8px; font-size: 13px; color: var(--muted); }
    """

    static let print = """
    @page { size: A4; margin: 12mm 12mm 14mm;
      @bottom-right { content: PAGE_LABEL " " counter(page) " " OF_LABEL " " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #4a4a4a; }
      @bottom-left { content: "spbelint"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #4a4a4a; } }
    @media print {
      body { font-size: 9pt; line-height: 1.35; max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      header.report { padding-bottom: 4px; margin-bottom: 6px; }
      header.report h1 { font-size: 17pt; }
      .subtitle { font-size: 9pt; }
      h2 { font-size: 13pt; margin: 10px 0 4px; }
      h3 { font-size: 11pt; margin: 8px 0 4px; }
      h4 { font-size: 9.5pt; margin: 6px 0 2px; }
      nav h2 { font-size: 9pt; }
      nav ol { font-size: 8pt; columns: 2; margin-bottom: 4px; }
      .verdict { padding: 4px 10px; margin: 4px 0 6px; }
      .verdict .verdict-name { font-size: 13pt; }
      .verdict .headline { font-size: 11pt; }
      dl.facts { margin: 4px 0 6px; gap: 0 12px; }
      table { font-size: 7.5pt; line-height: 1.2; margin: 4px 0 8px; }
      .cite { font-size: 6.5pt; }
      table.tiers { font-size: 8pt; }
      th, td { padding: 1pt 3pt; }
      code { font-size: 7pt; }
      td.code code, tr.na code { font-size: 6pt; }
      .status, .badge { padding: 0 3px; }
      .fineprint, figcaption { font-size: 7.5pt; }
      .charts, .overview { gap: 2px 8px; }
      .charts figure, .overview figure { flex: 1 1 85mm; margin: 2px 0; }
      .overview .tiers-block { flex: 1 1 80mm; }
      .overview.with-radar .tiers-block { flex-basis: 100%; }
      .overview figure.radar { flex: 0 1 88mm; }
      svg.chart { max-width: 100mm; }
      ol.priorities { margin: 2px 0 4px; }
      section.document { margin-top: 0; }
      section.document.unfolded { break-before: page; }
      section.document.folded { display: none; }
      section.document.folded h2 { font-size: 10pt; border: 0; margin: 2px 0; }
      section.document.one section.matrix { break-before: page; }
      section.document h2 { font-size: 14pt; }
      details > summary { list-style: none; }
      details > summary::-webkit-details-marker { display: none; }
      h2, h3, h4, caption, p.headline { break-after: avoid; }
      figure, tr, .verdict, dl.facts, table.tiers, ol.priorities li { break-inside: avoid; }
      thead { display: table-header-group; }
      footer { margin-top: 12px; font-size: 7.5pt; }
    }
    """
}
