import Foundation

/// A graph to draw: nodes of a kind with a label, labelled edges, and clusters (benchmark
/// suites around their members). The exporter's whole input: it never reads SQL or text.
public struct GraphDocument: Sendable, Equatable {
    public struct Node: Sendable, Equatable, Hashable {
        public var id: String
        public var label: String
        /// paper, dataset, benchmark, model, metric or task: picks shape and colour.
        public var kind: String

        public init(id: String, label: String, kind: String) {
            self.id = id
            self.label = label
            self.kind = kind
        }
    }

    public struct Edge: Sendable, Equatable, Hashable {
        public var from: String
        public var to: String
        public var label: String?
        public var relation: String

        public init(from: String, to: String, label: String?, relation: String) {
            self.from = from
            self.to = to
            self.label = label
            self.relation = relation
        }
    }

    public var nodes: [Node]
    public var edges: [Edge]
    /// Cluster id → member node ids.
    public var clusters: [String: [String]]
    /// A caption drawn with the graph, e.g. "Neighbourhood of COCO".
    public var title: String?

    public init(nodes: [Node], edges: [Edge], clusters: [String: [String]] = [:], title: String? = nil) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.title = title
    }

    /// Refuses graphs too big to read once drawn, before any layout time is spent on them.
    public func checkSize(maxNodes: Int) throws {
        if nodes.count > maxNodes { throw ExportError.tooManyNodes(count: nodes.count, limit: maxNodes) }
    }
}
