import Foundation

/// How a graph is drawn: layout program, direction, and the look of each kind of node.
public struct GraphStyle: Sendable, Equatable {
    public var layout: LayoutEngine
    public var rankDirection: RankDirection
    /// Labels longer than this many characters are wrapped at spaces.
    public var wrapWidth: Int
    public var showsLegend: Bool
    /// A big graph drawn to be read as a whole: papers as small dots (their titles as SVG
    /// tooltips), edges thin, straight and unlabelled, names only on datasets, models and metrics.
    public var overview: Bool

    public init(
        layout: LayoutEngine = .dot, rankDirection: RankDirection = .LR, wrapWidth: Int = 28, showsLegend: Bool = true,
        overview: Bool = false
    ) {
        self.layout = layout
        self.rankDirection = rankDirection
        self.wrapWidth = wrapWidth
        self.showsLegend = showsLegend
        self.overview = overview
    }

    /// Beyond these sizes a graph is drawn as an overview with `sfdp`. `dot`'s crossing
    /// minimisation grows much faster than the graph: on a shared 2-core machine it took 0.8 CPU s
    /// for 201 nodes and 454 edges, 3.2 s for 363 and 912, 22 s for 420 and 1,203, 43 s for 695 and
    /// 2,125, and over 5 minutes for 2,035 and 9,688 (where `sfdp` takes 2.5 s); and edge labels by
    /// the thousand cannot be read in any layout (docs/EXPORT.md). Edges count more than nodes:
    /// every labelled edge is a node of its own in `dot`'s ranking, and a dataset with 182 nodes
    /// but 830 edges (many results between the same model and dataset) ran over a minute.
    public static let overviewNodes = 400
    public static let overviewEdges = 500

    /// The style for a document: an overview when it is bigger than `overviewNodes` nodes or
    /// `overviewEdges` edges; the layout program is `layout` when given, else `dot` for a
    /// detailed drawing and `sfdp` for an overview.
    public static func automatic(
        for document: GraphDocument, layout: LayoutEngine? = nil, rankDirection: RankDirection = .LR, showsLegend: Bool = true
    ) -> GraphStyle {
        let overview = document.nodes.count > overviewNodes || document.edges.count > overviewEdges
        return GraphStyle(
            layout: layout ?? (overview ? .sfdp : .dot), rankDirection: rankDirection, showsLegend: showsLegend, overview: overview)
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
