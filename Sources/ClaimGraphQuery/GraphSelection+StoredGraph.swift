import ClaimGraphExport
import ClaimGraphStore
import Foundation
import GRDB

extension GraphSelection {
    /// Rows of the `edge` view in memory, where neighbourhoods are cheap to walk: either a
    /// selection's part of it, read outwards from its seeds (`Walk`), or all of it (`load`).
    struct StoredGraph {
        struct Vertex {
            var id: String
            var label: String
            var kind: String
        }

        struct Claim {
            var paper: String?
            /// nil when only the paper was read (an overview draws no values).
            var label: String?
        }

        struct Link {
            var from: String
            var to: String
            var relation: String
            var claimID: Int64?
            /// The claim drawn on this edge, once `readClaims` has read it; nil for an edge that
            /// shows no value.
            var claim: Claim?
        }

        var vertices: [String: Vertex] = [:]
        var links: [Link] = []
        var neighbours: [String: Set<String>] = [:]

        /// The whole `edge` view, for `--all`; more than `budget` nodes stops the reading with
        /// `SelectionError.tooManyNodes`, so a cap on a big database fails at once.
        static func load(_ db: Database, budget: Int = .max, labelsUpToNodes: Int = .max) throws -> StoredGraph {
            var graph = StoredGraph()
            // Unordered, so that rows stream: the document sorts whatever it draws.
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM edge")
            while let row = try rows.next() {
                graph.add(GraphEdge(
                    source: GraphNode(kind: row[0], id: row[1], name: row[2]), relation: row[3],
                    target: GraphNode(kind: row[4], id: row[5], name: row[6]), claimID: row[7]))
                if graph.vertices.count > budget { throw SelectionError.tooManyNodes(limit: budget) }
            }
            if graph.vertices.count <= labelsUpToNodes { try graph.readClaims(in: db) }
            return graph
        }

        mutating func add(_ edge: GraphEdge) {
            let from = vertex(kind: edge.source.kind, id: edge.source.id, name: edge.source.name)
            let to = vertex(kind: edge.target.kind, id: edge.target.id, name: edge.target.name)
            links.append(Link(from: from, to: to, relation: edge.relation, claimID: edge.claimID))
            neighbours[from, default: []].insert(to)
            neighbours[to, default: []].insert(from)
        }

        /// Reads the claims behind the edges that show one: value, unit, metric, split, paper.
        /// measured-by repeats once per claim; its value belongs on evaluated-on. A gain over a
        /// baseline model is drawn on compared-with, not as a score on the dataset.
        /// Without `labels`, only which paper each claim is from (for a paper's own results).
        mutating func readClaims(in db: Database, labels: Bool = true) throws {
            let wanted = links.indices.filter { links[$0].claimID != nil && links[$0].relation != "measured-by" }
            var claims: [Int64: (claim: Claim, overBaseline: Bool)] = [:]
            let ids = Array(Set(wanted.compactMap { links[$0].claimID })).sorted()
            for start in stride(from: 0, to: ids.count, by: 5_000) {
                let chunk = ids[start..<min(start + 5_000, ids.count)]
                let rows = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT c.id, c.paper_id, c.value, c.value_max, c.unit, c.kind, c.split, c.baseline_id, mt.name
                    FROM claim c
                    LEFT JOIN entity mt ON mt.id = c.metric_id
                    WHERE c.id IN (SELECT value FROM json_each(?))
                    """), arguments: ["[" + chunk.map(String.init).joined(separator: ",") + "]"])
                while let row = try rows.next() {
                    guard let value: Double = row[2] else { continue }
                    let label = labels ? GraphSelection.claimLabel(
                        value: value, valueMax: row[3], unit: row[4], kind: row[5], metric: row[8], split: row[6]) : ""
                    claims[row[0]] = (Claim(paper: row[1], label: label), (row[7] as Int64?) != nil)
                }
            }
            for index in wanted {
                guard let found = claims[links[index].claimID!] else { continue }
                if links[index].relation == "evaluated-on", found.overBaseline { continue }
                links[index].claim = labels ? found.claim : Claim(paper: found.claim.paper, label: nil)
            }
        }

    private mutating func vertex(kind: String, id: String, name: String) -> String {
            let nodeID = kind + ":" + id
            if vertices[nodeID] == nil { vertices[nodeID] = Vertex(id: nodeID, label: name, kind: kind) }
            return nodeID
        }

        /// Nodes within `depth` steps of `seeds`, following edges in either direction.
        func reach(from seeds: Set<String>, depth: Int) -> Set<String> {
            var reached = seeds.filter { vertices[$0] != nil }
            var frontier = reached
            for _ in 0..<max(depth, 0) {
                var next: Set<String> = []
                for node in frontier { next.formUnion(neighbours[node, default: []]) }
                frontier = next.subtracting(reached)
                if frontier.isEmpty { break }
                reached.formUnion(frontier)
            }
            return reached
        }

        /// The datasets that are part of a benchmark suite.
        func members(of benchmark: String) -> Set<String> {
            Set(links.filter { $0.relation == "part-of" && $0.to == benchmark }.map(\.from))
        }

        /// The subgraph on `nodes`: every link between two of them that `keep` accepts, a cluster
        /// per benchmark around its members (standing in for their part-of edges), and parallel
        /// links of one relation merged into one edge listing the claims' values.
        func document(nodes: Set<String>, title: String, keep: (Link) -> Bool = { _ in true }) -> GraphDocument {
            let inside = links.filter { nodes.contains($0.from) && nodes.contains($0.to) && keep($0) }
            var clusters: [String: [String]] = [:]
            var cluster: [String: String] = [:]
            for benchmark in nodes.filter({ vertices[$0]?.kind == "benchmark" }).sorted() {
                let members = Set(inside.filter { $0.relation == "part-of" && $0.to == benchmark }.map(\.from))
                    .filter { cluster[$0] == nil && vertices[$0]?.kind != "benchmark" }.sorted()
                guard !members.isEmpty else { continue }
                clusters[benchmark] = members
                for member in members { cluster[member] = benchmark }
            }
            let shown = inside.filter { !($0.relation == "part-of" && cluster[$0.from] == $0.to) }
            return GraphDocument(
                nodes: nodes.sorted().compactMap { id in vertices[id].map { .init(id: id, label: $0.label, kind: $0.kind) } },
                edges: GraphSelection.merge(shown.map { ($0.from, $0.to, $0.relation, $0.claim?.label) }),
                clusters: clusters, title: title)
        }
    }

    /// Relations in the order they win when one pair of nodes has several (a paper that proposes
    /// a model also reports its results): one arrow a pair, drawn as the most telling relation.
    static let relationPriority = [
        "evaluated-on", "compared-with", "proposes", "introduces", "reports-result-of", "reports-on", "trained-on",
        "builds-on", "compares-with", "measured-by", "part-of", "mentions",
    ]

    /// One edge per (from, to), labelled with the distinct values of its claims; a long list is
    /// cut to its first three lines and a count, so one pair cannot swamp a drawing.
    static func merge(_ links: [(from: String, to: String, relation: String, label: String?)]) -> [GraphDocument.Edge] {
        struct Key: Hashable { var from, to: String }
        func priority(_ relation: String) -> Int { relationPriority.firstIndex(of: relation) ?? relationPriority.count }
        var labels: [Key: Set<String>] = [:]
        var relations: [Key: String] = [:]
        for link in links {
            let key = Key(from: link.from, to: link.to)
            labels[key, default: []].formUnion(link.label.map { [$0] } ?? [])
            if let current = relations[key], (priority(current), current) <= (priority(link.relation), link.relation) { continue }
            relations[key] = link.relation
        }
        return labels.keys.sorted { ($0.from, $0.to) < ($1.from, $1.to) }.map { key in
            let values = labels[key, default: []].sorted()
            let text: String?
            switch values.count {
            case 0: text = nil
            case 1...4: text = values.joined(separator: "\n")
            default: text = values.prefix(3).joined(separator: "\n") + "\n+\(values.count - 3) more"
            }
            return GraphDocument.Edge(from: key.from, to: key.to, label: text, relation: relations[key]!)
        }
    }

    /// A claim as a person would write it: "59.4 box AP, test-dev", "+2.1% top-1 accuracy".
    static func claimLabel(value: Double, valueMax: Double?, unit: String?, kind: String, metric: String?, split: String?) -> String {
        var text = number(value)
        if kind == "delta", value > 0 { text = "+" + text }
        if let valueMax { text += "–" + number(valueMax) }
        switch unit {
        case "%": text += "%"
        case "x": text += "×"
        case "points": text += " pts"
        default: break
        }
        if let metric, !metric.isEmpty { text += " " + metric }
        if let split, !split.isEmpty { text += ", " + split }
        return text
    }

    /// 59.4, not 59.399999999999999; whole numbers without a point.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
