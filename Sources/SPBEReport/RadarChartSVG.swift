import Foundation

/// A radar (spider) chart of aspect indices on a 0-5 scale as inline SVG: one polygon per series.
public struct RadarChartSVG: Sendable {
    /// One polygon: a label (institution and year) and a value per axis.
    public struct Series: Sendable {
        public var label: String
        public var values: [Double]

        public init(label: String, values: [Double]) {
            self.label = label
            self.values = values
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var axes: [String]
    public var series: [Series]
    public var maximum: Double
    /// The decimal separator of the text alternative ("," in Indonesian).
    public var decimalSeparator: String

    public init(id: String, title: String, description: String, axes: [String], series: [Series], maximum: Double = 5,
                decimalSeparator: String = ".") {
        self.decimalSeparator = decimalSeparator
        self.id = id
        self.title = title
        self.description = description
        self.axes = axes
        self.series = series
        self.maximum = maximum
    }

    static let width = 600.0
    static let centre = (x: 300.0, y: 225.0)
    static let radius = 150.0
    /// Series styles: colour class and dash pattern, so that series differ without colour too.
    static let dashes = ["", "6 4", "2 3", "10 3 2 3"]

    public var svg: String {
        let n = SVGFormat.number
        let legendTop = Self.centre.y + Self.radius + 64
        let height = legendTop + Double(series.count) * 22 + 6
        var parts: [String] = []
        parts.append("<svg class=\"chart radar-chart\" role=\"img\" viewBox=\"0 0 \(n(Self.width)) \(n(height))\" aria-labelledby=\"\(id)-title \(id)-desc\">")
        parts.append("<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>")
        let values = series.map { serie in
            serie.label + ": " + zip(axes, serie.values).map { "\($0) \(String(format: "%.2f", locale: Locale(identifier: "en_US_POSIX"), $1).replacingOccurrences(of: ".", with: decimalSeparator))" }.joined(separator: "; ") + "."
        }
        parts.append("<desc id=\"\(id)-desc\">\(HTMLText.escape(([description] + values).joined(separator: " ")))</desc>")
        for ring in 1...Int(maximum) {
            let points = (0..<axes.count).map { point(axis: $0, value: Double(ring)) }
            parts.append("<polygon points=\"\(pointList(points))\" class=\"ring\"/>")
            let label = point(axis: 0, value: Double(ring))
            parts.append("<text x=\"\(n(label.x + 4))\" y=\"\(n(label.y + 4))\" class=\"tick\">\(ring)</text>")
        }
        for (index, axis) in axes.enumerated() {
            let end = point(axis: index, value: maximum)
            parts.append("<line x1=\"\(n(Self.centre.x))\" y1=\"\(n(Self.centre.y))\" x2=\"\(n(end.x))\" y2=\"\(n(end.y))\" class=\"grid\"/>")
            parts.append(axisLabel(axis, index: index))
        }
        for (index, serie) in series.enumerated() {
            let points = serie.values.enumerated().map { point(axis: $0.offset, value: min(max($0.element, 0), maximum)) }
            let dash = Self.dashes[index % Self.dashes.count]
            let dashAttribute = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            parts.append("<polygon points=\"\(pointList(points))\" class=\"series s\(index % 4)\"\(dashAttribute)/>")
            for spot in points {
                parts.append("<circle cx=\"\(n(spot.x))\" cy=\"\(n(spot.y))\" r=\"3\" class=\"dot s\(index % 4)\"/>")
            }
            let y = legendTop + Double(index) * 22
            parts.append("<line x1=\"\(n(Self.width / 2 - 150))\" y1=\"\(n(y - 4))\" x2=\"\(n(Self.width / 2 - 120))\" y2=\"\(n(y - 4))\" class=\"legend s\(index % 4)\"\(dashAttribute)/>")
            parts.append("<text x=\"\(n(Self.width / 2 - 112))\" y=\"\(n(y))\" class=\"label\">\(HTMLText.escape(serie.label))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    /// The point of `value` on axis `axis`; the first axis points up, the others follow clockwise.
    func point(axis: Int, value: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(axis) / Double(max(axes.count, 1))
        let distance = Self.radius * value / maximum
        return (Self.centre.x + distance * cos(angle), Self.centre.y + distance * sin(angle))
    }

    private func pointList(_ points: [(x: Double, y: Double)]) -> String {
        points.map { "\(SVGFormat.number($0.x)),\(SVGFormat.number($0.y))" }.joined(separator: " ")
    }

    /// The axis name, wrapped, placed outside the outer ring and anchored away from the centre.
    private func axisLabel(_ text: String, index: Int) -> String {
        let n = SVGFormat.number
        let spot = point(axis: index, value: maximum * 1.1)
        let dx = spot.x - Self.centre.x
        let anchor = abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end"
        let lines = SVGFormat.wrap(text, width: 18)
        let dy = spot.y - Self.centre.y
        let firstY = dy < -20 ? spot.y - Double(lines.count - 1) * 14 : abs(dy) <= 20 ? spot.y - Double(lines.count - 1) * 7 + 4 : spot.y + 8
        let spans = lines.enumerated().map { line in
            "<tspan x=\"\(n(spot.x))\" y=\"\(n(firstY + Double(line.offset) * 14))\">\(HTMLText.escape(line.element))</tspan>"
        }
        return "<text text-anchor=\"\(anchor)\" class=\"label axis\">\(spans.joined())</text>"
    }
}
