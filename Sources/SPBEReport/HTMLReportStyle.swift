/// The report's stylesheet: readable on screen, A4 in print, no fonts or images from the network.
enum HTMLReportStyle {
    static let css = """
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --band: #f3f5f7; --accent: #0d47a1;
      --good: #1b5e20; --good-bg: #e6f4e7; --poor: #b71c1c; --poor-bg: #fdecea; --fair: #7a4500; --fair-bg: #fff3dc;
      --na-bg: #ececec; }
    * { box-sizing: border-box; }
    html { color: var(--ink); background: #fff; }
    body { font: 15px/1.5 "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; margin: 0 auto; max-width: 1120px; padding: 24px 32px 48px; }
    header.report { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
    header.report h1 { margin: 0 0 4px; font-size: 28px; color: var(--accent); }
    header.report p { margin: 2px 0; }
    .subtitle { font-size: 16px; }
    .meta, .muted, caption, figcaption, .where { color: var(--muted); }
    h2 { font-size: 22px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 18px; margin: 24px 0 8px; }
    h4 { font-size: 16px; margin: 16px 0 6px; }
    nav ol { columns: 2; margin: 4px 0; }
    a { color: var(--accent); }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0 12px; }
    dl.facts dt { font-weight: bold; }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0 16px; padding: 0; list-style: none; }
    .cards li { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 16px; min-width: 140px; background: var(--band); }
    .cards .number { display: block; font-size: 26px; font-weight: bold; }
    .cards .error .number { color: var(--poor); }
    .cards .warning .number { color: var(--fair); }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
    caption { text-align: left; font-style: italic; padding: 4px 0; }
    th, td { border: 1px solid var(--rule); padding: 4px 8px; vertical-align: top; text-align: left; }
    thead th { background: #e3e8ef; }
    tbody th[scope=row] { font-weight: normal; }
    tr.area-row th { background: var(--band); font-weight: bold; }
    tr.muted th, tr.muted td { color: var(--muted); }
    td.num, th.num { text-align: right; white-space: nowrap; }
    code { font: 12.5px "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: anywhere; }
    .status, .badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-weight: bold; white-space: nowrap; }
    .met, .good, .improved { color: var(--good); background: var(--good-bg); }
    .not-met, .poor, .error, .regressed { color: var(--poor); background: var(--poor-bg); }
    .fair, .warning { color: var(--fair); background: var(--fair-bg); }
    .not-applicable, .info, .unchanged { color: var(--muted); background: var(--na-bg); }
    td.good, td.fair, td.poor { font-weight: bold; }
    ol.findings { padding-left: 22px; }
    ol.findings > li { margin-bottom: 10px; }
    ol.findings p { margin: 2px 0; }
    .confidence { font-size: 12.5px; color: var(--muted); white-space: nowrap; }
    figure { margin: 8px 0 16px; }
    .charts { display: flex; flex-wrap: wrap; gap: 16px 24px; align-items: flex-start; }
    .charts figure { flex: 1 1 460px; margin: 8px 0; }
    figcaption { font-size: 13px; }
    svg.chart { width: 100%; max-width: 620px; height: auto; display: block; font-family: "DejaVu Sans", Arial, sans-serif; }
    svg .label { font-size: 14px; fill: var(--ink); }
    svg .tick { font-size: 12px; fill: var(--muted); }
    svg .value { font-size: 14px; font-weight: bold; fill: var(--ink); }
    svg .value.muted { font-weight: normal; fill: var(--muted); }
    svg .grid { stroke: var(--rule); stroke-width: 1; }
    svg .ring { fill: none; stroke: var(--rule); stroke-width: 1; }
    svg .bar.good { fill: #2e7d32; } svg .bar.fair { fill: #b26a00; } svg .bar.poor { fill: #c62828; }
    svg .series { stroke-width: 2.5; fill-opacity: 0.12; }
    svg .legend { stroke-width: 3; }
    svg .s0 { stroke: #0d47a1; fill: #0d47a1; } svg .s1 { stroke: #c62828; fill: #c62828; }
    svg .s2 { stroke: #2e7d32; fill: #2e7d32; } svg .s3 { stroke: #6a1b9a; fill: #6a1b9a; }
    svg .legend, svg .series { fill-opacity: 0.12; }
    svg line.legend { fill: none; }
    section.document { margin-top: 40px; }
    section.document > h2 { font-size: 24px; color: var(--accent); border-bottom: 2px solid var(--accent); }
    footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; font-size: 13px; color: var(--muted); }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      body { font-size: 10pt; max-width: none; padding: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
      nav { display: none; }
      section.document { break-before: page; margin-top: 0; }
      h2, h3, h4 { break-after: avoid; }
      figure, tr, ol.findings > li, .cards { break-inside: avoid; }
      table { font-size: 8.5pt; }
      thead { display: table-header-group; }
      svg.chart { max-width: 170mm; }
    }
    """
}
