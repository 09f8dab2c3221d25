import Foundation

/// Writes a `GraphDocument` as DOT text: byte-for-byte the same for the same document and
/// style (fixed graph id, clusters, nodes and edges sorted, two-space indent, no timestamps).
public struct DOTEncoder: Sendable {
    public var style: GraphStyle

    /// The graph's id in every file, so two exports differ only where their graphs do.
    public static let graphID = "claimgraph"
    /// The legend's node id, in the `kind:id` form of the others under a kind no entity has.
    public static let legendID = "legend:kinds"

    public init(style: GraphStyle = GraphStyle()) {
        self.style = style
    }

    public func encode(_ document: GraphDocument) -> String {
        var lines: [String] = ["digraph \(Self.graphID) {"]
        lines.append("  graph " + attributes(graphAttributes(document)) + ";")
        lines.append("  node " + attributes([
            ("fontname", "Helvetica"), ("fontsize", "11"), ("margin", "\"0.12,0.06\""), ("penwidth", "1.2"),
        ]) + ";")
        lines.append("  edge " + attributes(style.overview
            ? [("arrowsize", "0.4"), ("penwidth", "0.6")]
            : [("arrowsize", "0.7"), ("fontcolor", "\"#444444\""), ("fontname", "Helvetica"), ("fontsize", "9")]) + ";")

        let nodesByID = Dictionary(document.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var assignment = clusterAssignment(document, known: nodesByID)
        var documentEdges = document.edges
        if !style.layout.drawsClusters {
            // Without cluster boxes, membership is drawn as the part-of edges the clusters replaced.
            for (member, cluster) in assignment where member != cluster {
                documentEdges.append(.init(from: member, to: cluster, label: nil, relation: "part-of"))
            }
            assignment = [:]
        }
        for clusterID in Set(assignment.values).sorted() {
            let members = nodesByID.keys.filter { assignment[$0] == clusterID }.sorted()
            let appearance = GraphStyle.appearance(of: nodesByID[clusterID]?.kind ?? "benchmark")
            lines.append("")
            lines.append("  subgraph " + DOTText.id("cluster_" + clusterID) + " {")
            lines.append("    graph " + attributes([
                ("color", quote(appearance.line)), ("fillcolor", "\"#FDF5F4\""), ("label", "\"\""),
                ("style", "\"rounded,filled\""),
            ]) + ";")
            for id in members { lines.append("    " + statement(for: nodesByID[id]!)) }
            lines.append("  }")
        }

        let loose = nodesByID.keys.filter { assignment[$0] == nil }.sorted()
        if !loose.isEmpty { lines.append("") }
        for id in loose { lines.append("  " + statement(for: nodesByID[id]!)) }

        // An edge to a node the document lacks would make Graphviz invent one labelled with its id.
        func precedes(_ a: GraphDocument.Edge, _ b: GraphDocument.Edge) -> Bool {
            (a.from, a.to, a.relation, a.label ?? "") < (b.from, b.to, b.relation, b.label ?? "")
        }
        var edges = documentEdges.filter { nodesByID[$0.from] != nil && nodesByID[$0.to] != nil }
        // Selections hand over edges sorted and distinct already; checking costs one comparison an edge.
        if !zip(edges, edges.dropFirst()).allSatisfy({ precedes($0, $1) }) {
            edges = Set(edges).sorted(by: precedes)
        }
        if !edges.isEmpty { lines.append("") }
        for edge in edges { lines.append("  " + statement(for: edge)) }

        if style.showsLegend, let legend = legend(kinds: Set(document.nodes.map(\.kind))) {
            lines.append("")
            lines.append("  " + legend)
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func graphAttributes(_ document: GraphDocument) -> [(String, String)] {
        var list: [(String, String)] = [
            ("bgcolor", "white"), ("charset", "\"UTF-8\""), ("fontname", "Helvetica"), ("fontsize", "13"),
            ("layout", style.layout.rawValue), ("nodesep", "0.3"), ("outputorder", "edgesfirst"),
            ("overlap", "false"), ("pad", "0.3"), ("rankdir", style.rankDirection.rawValue), ("ranksep", "0.6"),
            ("splines", "true"),
        ]
        if let title = document.title {
            list.append(("label", DOTText.label(title)))
            list.append(("labelloc", "t"))
        }
        if style.overview {
            // Straight edges (routing ten thousand splines around nodes costs more than the layout),
            // nodes pushed apart after the layout (prism) so no two names overlap.
            list = list.map { key, value in
                switch key {
                case "overlap": return (key, "prism")
                case "splines": return (key, "false")
                case "fontsize": return (key, "20")
                default: return (key, value)
                }
            }
        }
        return list.sorted { $0.0 < $1.0 }
    }

    /// Each node in at most one cluster (Graphviz draws overlapping clusters badly): the first
    /// cluster id, in sorted order, that lists it. A cluster's own node sits inside it.
    private func clusterAssignment(_ document: GraphDocument, known: [String: GraphDocument.Node]) -> [String: String] {
        var assignment: [String: String] = [:]
        for clusterID in document.clusters.keys.sorted() {
            let members = [clusterID] + (document.clusters[clusterID] ?? [])
            for member in members where known[member] != nil && assignment[member] == nil {
                assignment[member] = clusterID
            }
        }
        // A cluster left with nothing but its own node is just a node.
        let sizes = Dictionary(grouping: assignment.values, by: { $0 }).mapValues(\.count)
        return assignment.filter { (sizes[$0.value] ?? 0) > 1 }
    }

    private func statement(for node: GraphDocument.Node) -> String {
        let appearance = GraphStyle.appearance(of: node.kind)
        let styles = ["filled"] + (appearance.style.map { [$0] } ?? [])
        if style.overview, node.kind == "paper" {
            // Hundreds of titles would bury the names that say what the picture is about.
            return DOTText.id(node.id) + " " + attributes([
                ("class", DOTText.className(node.kind)), ("color", quote(appearance.line)), ("fillcolor", quote(appearance.fill)),
                ("fixedsize", "true"), ("height", "0.14"), ("label", "\"\""), ("shape", "circle"), ("style", "filled"),
                ("tooltip", DOTText.label(node.label)), ("width", "0.14"),
            ]) + ";"
        }
        return DOTText.id(node.id) + " " + attributes([
            ("class", DOTText.className(node.kind)), ("color", quote(appearance.line)), ("fillcolor", quote(appearance.fill)),
            ("label", DOTText.label(DOTText.wrap(node.label, width: style.wrapWidth))), ("shape", appearance.shape),
            ("style", quote(styles.joined(separator: ","))),
        ]) + ";"
    }

    private func statement(for edge: GraphDocument.Edge) -> String {
        let look = GraphStyle.edgeStyle(of: edge.relation)
        var list: [(String, String)] = [
            ("class", DOTText.className(edge.relation)), ("color", quote(style.overview ? look.color + "66" : look.color)),
            ("style", look.style),
        ]
        if let label = edge.label, !label.isEmpty, !style.overview { list.append(("label", DOTText.label(label))) }
        return DOTText.id(edge.from) + " -> " + DOTText.id(edge.to) + " " + attributes(list.sorted { $0.0 < $1.0 }) + ";"
    }

    /// An HTML-like table naming the shape and colour of each kind in the graph.
    private func legend(kinds: Set<String>) -> String? {
        var rows = GraphStyle.appearances.filter { kinds.contains($0.kind) }
        if kinds.contains(where: { kind in !GraphStyle.appearances.contains { $0.kind == kind } }) {
            rows.append(GraphStyle.otherAppearance)
        }
        guard !rows.isEmpty else { return nil }
        var table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\" COLOR=\"#999999\">"
        table += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for row in rows {
            let shape = style.overview && row.kind == "paper" ? "dot" : row.shape
            table += "<TR><TD BGCOLOR=\"\(row.fill)\">\(DOTText.html(row.kind))</TD><TD>\(DOTText.html(shape))</TD></TR>"
        }
        table += "</TABLE>"
        return DOTText.id(Self.legendID) + " " + attributes([
            ("class", "legend"), ("fontsize", "10"), ("label", "<" + table + ">"), ("margin", "0"), ("shape", "plaintext"),
        ]) + ";"
    }

    private func attributes(_ list: [(String, String)]) -> String {
        "[" + list.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "]"
    }

    private func quote(_ value: String) -> String { DOTText.quoted(value) }
}
