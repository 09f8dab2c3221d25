import ClaimGraphStore
import Foundation
import GRDB

extension GraphSelection.StoredGraph {
    /// The part of the `edge` view a selection needs, read outwards from its seeds: each node's
    /// edges are asked for with `GraphQuery.edges(touching:)` (the view's arms, one by one, with
    /// the id bound), so the cost follows the selection's size, not the database's. Reading the
    /// whole view first took seconds at 10,000 papers and minutes at 600,000 (docs/BENCHMARKS.md).
    ///
    /// The graph holds every edge among the nodes it reached: the edges of every node whose
    /// edges were read (`fetched`), and those among the others, read by `close()`.
    struct Walk {
        var graph = GraphSelection.StoredGraph()
        /// Nodes whose edges are all in `graph` (by `kind:id`).
        private(set) var fetched: Set<String> = []
        /// Every node seen so far, in the order first seen.
        private(set) var reached: [String: GraphNode] = [:]
        /// The walk stops, with `SelectionError.tooManyNodes`, once it has seen more nodes than this.
        let budget: Int
        let db: Database

        init(budget: Int, in db: Database) {
            self.budget = budget
            self.db = db
        }

        /// Nodes within `depth` steps of `seeds`, edges followed either way; a seed without edges
        /// is left out (it is not part of the graph).
        mutating func reach(from seeds: [GraphNode], depth: Int) throws -> Set<String> {
            var frontier: [GraphNode] = []
            for seed in seeds where try !fetch(seed).isEmpty {
                frontier.append(seed)
                try note(seed)
            }
            var inside = Set(frontier.map(Self.id))
            for level in 0..<max(depth, 0) {
                var next: [GraphNode] = []
                for node in frontier {
                    // The seeds' edges were read above; later rings are read here.
                    let neighbours = level == 0 ? try edgesAlreadyRead(of: node) : try fetch(node)
                    for other in neighbours where inside.insert(Self.id(other)).inserted {
                        next.append(other)
                        try note(other)
                    }
                }
                // The order of reading changes nothing drawn: the document sorts what it draws.
                frontier = next
                if frontier.isEmpty { break }
            }
            try close(among: inside)
            return inside
        }

        /// Reads a node's edges into the graph (once) and returns its neighbours.
        @discardableResult
        mutating func fetch(_ node: GraphNode) throws -> [GraphNode] {
            let id = Self.id(node)
            guard fetched.insert(id).inserted else { return try edgesAlreadyRead(of: node) }
            var neighbours: [GraphNode] = []
            for edge in try GraphQuery.edges(touching: node, in: db) {
                let other = Self.id(edge.source) == id ? edge.target : edge.source
                neighbours.append(other)
                // An edge to a node read earlier came in with that node's edges.
                if Self.id(other) != id, fetched.contains(Self.id(other)) { continue }
                graph.add(edge)
            }
            return neighbours
        }

        private func edgesAlreadyRead(of node: GraphNode) throws -> [GraphNode] {
            let id = Self.id(node)
            return graph.neighbours[id, default: []].compactMap { graph.vertices[$0].map(GraphNode.init) }
        }

        /// Counts a node against the budget.
        private mutating func note(_ node: GraphNode) throws {
            reached[Self.id(node)] = node
            if reached.count > budget { throw SelectionError.tooManyNodes(limit: budget) }
        }

        /// Adds the edges among `nodes` that no read node brought: those of the unread papers
        /// (a paper has a few edges, so reading them whole is cheap) and, between unread
        /// entities, the view's entity-to-entity arms with both ends bound (an unread entity may
        /// be a hub, a metric with a claim in every other paper, whose own edges are far too many).
        mutating func close(among nodes: Set<String>, papers: Bool = true) throws {
            let unread = nodes.subtracting(fetched).compactMap { graph.vertices[$0].map(GraphNode.init) }
            // Papers link only to entities.
            guard unread.contains(where: { !$0.isPaper }) else { return }
            // By kind, so that each arm's two IN lists hold the kinds it joins: the index is probed
            // once per pair of their values, and with every entity in both lists a ring of 600
            // entities cost 360,000 probes an arm. (The store files claims' models, datasets and
            // metrics, and suites' members, by kind; an entity of any other kind goes in every list.)
            let known: Set = ["model", "dataset", "benchmark", "metric"]
            func ids(_ kinds: Set<String>?) -> String {
                let chosen = unread.filter { !$0.isPaper && (kinds == nil || kinds!.contains($0.kind) || !known.contains($0.kind)) }
                return "[" + chosen.compactMap { Int64($0.id) }.map(String.init).joined(separator: ",") + "]"
            }
            let unreadPapers = unread.filter(\.isPaper).map(\.id)
            if papers, !unreadPapers.isEmpty {
                let json = String(decoding: try JSONEncoder().encode(unreadPapers), as: UTF8.self)
                add(rows: try Row.fetchAll(
                    db.cachedStatement(sql: Self.edgesOfPapersSQL), arguments: ["papers": json, "entities": ids(nil)]))
            }
            add(rows: try Row.fetchAll(db.cachedStatement(sql: Self.edgesAmongEntitiesSQL), arguments: [
                "datasets": ids(["dataset", "benchmark"]), "benchmarks": ids(["benchmark"]), "models": ids(["model"]),
                "metrics": ids(["metric"]),
            ]))
        }

        /// Rows in the `edge` view's column order.
        private mutating func add(rows: [Row]) {
            for row in rows {
                graph.add(GraphEdge(
                    source: GraphNode(kind: row[0], id: row[1], name: row[2]), relation: row[3],
                    target: GraphNode(kind: row[4], id: row[5], name: row[6]), claimID: row[7]))
            }
        }

        /// The `edge` view's paper arms (`GraphQuery`'s own) from the papers in the JSON array
        /// `:papers` to the entities in `:entities`: one statement for the whole ring, where asking
        /// `GraphQuery.edges(touching:)` paper by paper cost 1,845 statements for a 2,000-node
        /// selection. Each paper's rows are found through its key (`mention`'s unique key,
        /// `claim_by_paper`); the entity list only filters them (`+`), since probing every pair of
        /// paper and entity would cost far more.
        static let edgesOfPapersSQL = """
            \(GraphQuery.mentionArm(where: """
                m.paper_id IN (SELECT value FROM json_each(:papers)) AND +m.entity_id IN (SELECT value FROM json_each(:entities))
                """))
            UNION ALL
            \(GraphQuery.reportsResultArm(where: """
                c.paper_id IN (SELECT value FROM json_each(:papers)) AND +c.model_id IN (SELECT value FROM json_each(:entities))
                """))
            """

        /// The `edge` view's arms between two entities (Schema/0002_edge_view.sql: part-of,
        /// evaluated-on, compared-with, measured-by), both ends among the ids in the JSON arrays
        /// `:models`, `:datasets` (datasets and benchmarks), `:benchmarks` and `:metrics`.
        /// Each `IN` is searched through an index (`EXPLAIN QUERY PLAN`: `suite_member`'s key,
        /// `claim_by_model`, `claim_by_baseline`, `claim_by_dataset`).
        static let edgesAmongEntitiesSQL = """
            SELECT e.kind, CAST(e.id AS TEXT), e.name, 'part-of', s.kind, CAST(s.id AS TEXT), s.name, NULL
            FROM suite_member sm
            JOIN entity e ON e.id = sm.member_id
            JOIN entity s ON s.id = sm.suite_id
            WHERE sm.suite_id IN (SELECT value FROM json_each(:benchmarks)) AND sm.member_id IN (SELECT value FROM json_each(:datasets))
            UNION ALL
            SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'evaluated-on', d.kind, CAST(d.id AS TEXT), d.name, c.id
            FROM claim c
            JOIN entity mo ON mo.id = c.model_id
            JOIN entity d ON d.id = c.dataset_id
            WHERE c.model_id IN (SELECT value FROM json_each(:models)) AND c.dataset_id IN (SELECT value FROM json_each(:datasets))
            UNION ALL
            SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'compared-with', b.kind, CAST(b.id AS TEXT), b.name, c.id
            FROM claim c
            JOIN entity mo ON mo.id = c.model_id
            JOIN entity b ON b.id = c.baseline_id
            WHERE c.baseline_id IN (SELECT value FROM json_each(:models)) AND c.model_id IN (SELECT value FROM json_each(:models))
            UNION ALL
            SELECT d.kind, CAST(d.id AS TEXT), d.name, 'measured-by', mt.kind, CAST(mt.id AS TEXT), mt.name, c.id
            FROM claim c
            JOIN entity d ON d.id = c.dataset_id
            JOIN entity mt ON mt.id = c.metric_id
            WHERE c.dataset_id IN (SELECT value FROM json_each(:datasets)) AND c.metric_id IN (SELECT value FROM json_each(:metrics))
            """

        /// Reads the claims behind the graph's labelled edges: value, unit, metric, split, paper.
        mutating func readClaims(labels: Bool = true) throws {
            try graph.readClaims(in: db, labels: labels)
        }

        static func id(_ node: GraphNode) -> String { node.kind + ":" + node.id }
    }
}

extension GraphNode {
    init(_ vertex: GraphSelection.StoredGraph.Vertex) {
        let separator = vertex.id.firstIndex(of: ":")!
        self.init(kind: vertex.kind, id: String(vertex.id[vertex.id.index(after: separator)...]), name: vertex.label)
    }
}
