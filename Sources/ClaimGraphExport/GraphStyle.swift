import Foundation

/// How a graph is drawn: layout program, direction, and the look of each kind of node.
public struct GraphStyle: Sendable, Equatable {
    public var layout: LayoutEngine
    public var rankDirection: RankDirection
    /// Labels longer than this many characters are wrapped at spaces.
    public var wrapWidth: Int
    public var showsLegend: Bool

    public init(layout: LayoutEngine = .dot, rankDirection: RankDirection = .LR, wrapWidth: Int = 28, showsLegend: Bool = true) {
        self.layout = layout
        self.rankDirection = rankDirection
        self.wrapWidth = wrapWidth
        self.showsLegend = showsLegend
    }

    /// One shape and colour per entity kind, the legend's rows in its order.
    public struct Appearance: Sendable, Equatable {
        public var kind: String
        public var shape: String
        public var fill: String
        public var line: String
        /// Extra node style besides `filled`, e.g. `rounded`.
        public var style: String?
    }

    public static let appearances: [Appearance] = [
        Appearance(kind: "paper", shape: "note", fill: "#FFF2CC", line: "#B59A3C"),
        Appearance(kind: "benchmark", shape: "tab", fill: "#F8CECC", line: "#B85450"),
        Appearance(kind: "dataset", shape: "cylinder", fill: "#DAE8FC", line: "#6C8EBF"),
        Appearance(kind: "model", shape: "box", fill: "#D5E8D4", line: "#82B366", style: "rounded"),
        Appearance(kind: "metric", shape: "hexagon", fill: "#E1D5E7", line: "#9673A6"),
        Appearance(kind: "task", shape: "octagon", fill: "#FFE6CC", line: "#D79B00"),
    ]

    /// Anything else (rows of a named query, say) is a grey ellipse.
    public static let otherAppearance = Appearance(kind: "other", shape: "ellipse", fill: "#F5F5F5", line: "#666666")

    public static func appearance(of kind: String) -> Appearance {
        appearances.first { $0.kind == kind } ?? otherAppearance
    }

    /// Claim-carrying relations are solid and dark; mentions recede.
    static func edgeStyle(of relation: String) -> (style: String, color: String) {
        switch relation {
        case "evaluated-on", "reports-result-of", "proposes", "introduces": return ("solid", "#333333")
        case "compared-with", "compares-with": return ("dashed", "#B85450")
        case "part-of": return ("dotted", "#B85450")
        case "measured-by", "builds-on", "trained-on", "reports-on": return ("solid", "#888888")
        default: return ("dotted", "#AAAAAA")
        }
    }
}
