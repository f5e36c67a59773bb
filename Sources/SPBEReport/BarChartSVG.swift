/// A horizontal bar chart of percentages (coverage by area) as inline SVG, with a title and a description.
public struct BarChartSVG: Sendable {
    /// One bar: a label and a percentage, or nil when nothing applies.
    public struct Bar: Sendable {
        public var label: String
        public var percent: Int?
        /// The counts behind the percentage in words ("2 dari 3 persyaratan terpenuhi"), for the text alternative.
        public var detail: String?

        public init(label: String, percent: Int?, detail: String? = nil) {
            self.label = label
            self.percent = percent
            self.detail = detail
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var bars: [Bar]
    /// Shown for a bar without a percentage ("t/a", "n/a").
    public var missingText: String
    /// Why a bar has no percentage, for the text alternative.
    public var missingDetail: String?

    public init(id: String, title: String, description: String, bars: [Bar], missingText: String, missingDetail: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
        self.bars = bars
        self.missingText = missingText
        self.missingDetail = missingDetail
    }

    /// The text alternative: the description, then one sentence per bar with its figure and counts.
    public var textAlternative: String {
        ([description] + bars.map { bar in
            let figure = bar.percent.map { "\($0)%" } ?? missingText
            let detail = bar.percent == nil ? missingDetail : bar.detail
            return "\(bar.label): \(figure)" + (detail.map { " (\($0))" } ?? "") + "."
        }).joined(separator: " ")
    }

    static let width = 600.0
    static let labelWidth = 268.0
    static let barWidth = 280.0
    static let rowHeight = 26.0
    static let top = 28.0

    public var svg: String {
        let height = Self.top + Double(bars.count) * Self.rowHeight + 8
        let n = SVGFormat.number
        var parts: [String] = []
        parts.append("<svg class=\"chart bar-chart\" role=\"img\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" "
                     + "aria-labelledby=\"\(id)-title \(id)-desc\">")
        parts.append("<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>")
        parts.append("<desc id=\"\(id)-desc\">\(HTMLText.escape(textAlternative))</desc>")
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = Self.labelWidth + Self.barWidth * Double(tick) / 100
            parts.append("<line x1=\"\(n(x))\" y1=\"\(n(Self.top - 6))\" x2=\"\(n(x))\" y2=\"\(n(height - 8))\" class=\"grid\"/>")
            parts.append("<text x=\"\(n(x))\" y=\"\(n(Self.top - 10))\" text-anchor=\"middle\" class=\"tick\">\(tick)%</text>")
        }
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let middle = y + Self.rowHeight / 2 + 4
            parts.append("<text x=\"\(n(Self.labelWidth - 8))\" y=\"\(n(middle))\" text-anchor=\"end\" class=\"label\">\(HTMLText.escape(bar.label))</text>")
            guard let percent = bar.percent else {
                parts.append("<text x=\"\(n(Self.labelWidth + 4))\" y=\"\(n(middle))\" class=\"value muted\">\(HTMLText.escape(missingText))</text>")
                continue
            }
            let width = max(Self.barWidth * Double(percent) / 100, percent > 0 ? 2 : 0)
            // The track is drawn for every bar, so that 0% reads as an empty outlined bar, not as a gap.
            parts.append("<rect x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 5))\" width=\"\(n(Self.barWidth))\" height=\"\(n(Self.rowHeight - 10))\" class=\"track\(percent == 0 ? " empty" : "")\"/>")
            if width > 0 { parts.append("<rect x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 5))\" width=\"\(n(width))\" height=\"\(n(Self.rowHeight - 10))\" class=\"bar \(Self.band(percent))\"/>") }
            let inside = percent >= 85
            let valueX = inside ? Self.labelWidth + width - 6 : Self.labelWidth + width + 6
            parts.append("<text x=\"\(n(valueX))\" y=\"\(n(middle))\"\(inside ? " text-anchor=\"end\"" : "") class=\"value\(inside ? " inside" : "")\">\(percent)%</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The colour band of a percentage: `good` from 80, `fair` from 50, else `poor`.
    static func band(_ percent: Int) -> String {
        percent >= 80 ? "good" : percent >= 50 ? "fair" : "poor"
    }
}
