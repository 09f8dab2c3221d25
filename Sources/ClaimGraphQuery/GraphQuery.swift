import ClaimGraphStore
import Foundation
import GRDB

/// A node of the graph: a paper or an entity.
public struct GraphNode: Sendable, Hashable, Codable, Comparable {
    public var kind: String
    public var id: String
    public var name: String

    public static func < (a: GraphNode, b: GraphNode) -> Bool {
        (a.kind, a.name.lowercased(), a.id) < (b.kind, b.name.lowercased(), b.id)
    }

    var isPaper: Bool { kind == "paper" }
}

/// One row of the `edge` view.
public struct GraphEdge: Sendable, Hashable, Codable {
    public var source: GraphNode
    public var relation: String
    public var target: GraphNode
    public var claimID: Int64?
}

/// Questions about the graph's shape: neighbourhoods and shortest paths, read from the `edge` view.
public enum GraphQuery {
    /// The node for a name: an entity by any alias, else a paper by id or title.
    public static func node(named name: String, in db: Database) throws -> GraphNode {
        do {
            let entity = try EntityLookup.find(name, kinds: EntityKind.allCases, in: db)
            return GraphNode(kind: entity.kind, id: String(entity.id), name: entity.name)
        } catch let error as StoreError {
            if let row = try Row.fetchOne(db, sql: "SELECT id, title FROM paper WHERE id = ? OR title = ? COLLATE NOCASE ORDER BY id LIMIT 1", arguments: [name, name]) {
                return GraphNode(kind: "paper", id: row["id"], name: row["title"])
            }
            throw error
        }
    }

    /// Edges touching a node, in either direction: the rows of the `edge` view whose source or
    /// target is the node. The view's arms are asked here one by one with the node's id bound
    /// where an index can use it; filtering the view itself evaluated all of it on every call
    /// (seconds per node at 10,000 papers, docs/BENCHMARKS.md).
    static func edges(touching node: GraphNode, in db: Database) throws -> [GraphEdge] {
        var edges: [GraphEdge] = []
        try forEachEdge(touching: node, in: db) { edges.append($0); return true }
        return edges
    }

    /// Reads the edges touching a node one at a time, until `body` returns false: SQLite
    /// produces the arms' rows lazily, so a walk that stops early never reads a hub's
    /// other hundred thousand edges.
    static func forEachEdge(touching node: GraphNode, in db: Database, _ body: (GraphEdge) throws -> Bool) throws {
        let cursor: RowCursor
        if node.isPaper {
            cursor = try Row.fetchCursor(db.cachedStatement(sql: edgesOfPaperSQL), arguments: [node.id, node.id])
        } else {
            guard let entity = Int64(node.id) else { return }
            cursor = try Row.fetchCursor(db.cachedStatement(sql: edgesOfEntitySQL), arguments: [entity])
        }
        // By position (the view's column order): looking columns up by name was a third of the walk.
        while let row = try cursor.next() {
            let edge = GraphEdge(
                source: GraphNode(kind: row[0], id: row[1], name: row[2]),
                relation: row[3],
                target: GraphNode(kind: row[4], id: row[5], name: row[6]),
                claimID: row[7])
            if try !body(edge) { return }
        }
    }

    public struct Neighbor: Sendable, Equatable, Codable {
        public var depth: Int
        public var node: GraphNode
        /// The edge that first reached the node.
        public var via: GraphEdge
    }

    /// A neighbourhood, and where the walk stopped when it reached its node budget.
    public struct Neighborhood: Sendable, Equatable {
        public var neighbors: [Neighbor]
        /// Nil when the walk went the whole depth; otherwise where the budget stopped it.
        public var cut: Cut?

        public struct Cut: Sendable, Equatable {
            /// The budget: nodes reached, whatever their kind.
            public var maxNodes: Int
            /// The depth being reached when the walk stopped (the depths before it are complete).
            public var depth: Int
            /// Nodes one edge closer whose edges were read in full before it stopped, of how many.
            public var expanded: Int
            public var frontier: Int
        }
    }

    /// The default node budget of a walk: a few hundred nodes is what a terminal can show, and
    /// at depth 2 from any dataset the whole walk reaches most of the graph.
    public static let defaultMaxNodes = 300

    /// Nodes within `depth` edges of the start, breadth first, each with the edge that reached it;
    /// `kinds` keeps only nodes of those kinds in the answer (the walk still passes through others).
    public static func neighbors(of start: GraphNode, depth: Int, kinds: Set<String>?, in db: Database) throws -> [Neighbor] {
        try neighborhood(of: start, depth: depth, kinds: kinds, maxNodes: nil, in: db).neighbors
    }

    /// `neighbors`, stopping as soon as `maxNodes` nodes have been reached (nil: no budget).
    /// The budget is applied while edges are read, so a hub's neighbourhood costs what the
    /// budget allows, not what the graph holds. Nodes are expanded in sorted order, so the same
    /// database gives the same answer.
    public static func neighborhood(of start: GraphNode, depth: Int, kinds: Set<String>?, maxNodes: Int?, in db: Database) throws -> Neighborhood {
        var seen: Set<GraphNode> = [start]
        var frontier = [start]
        var result: [Neighbor] = []
        var cut: Neighborhood.Cut?
        walk: for level in 1...max(1, depth) {
            var next: [GraphNode] = []
            for (index, node) in frontier.enumerated() {
                var full = false
                try forEachEdge(touching: node, in: db) { edge in
                    let other = edge.source == node ? edge.target : edge.source
                    guard seen.insert(other).inserted else { return true }
                    next.append(other)
                    if kinds == nil || kinds!.contains(other.kind) {
                        result.append(Neighbor(depth: level, node: other, via: edge))
                    }
                    if let maxNodes, seen.count - 1 >= maxNodes {
                        full = true
                        return false
                    }
                    return true
                }
                if full {
                    // Whether this node's last edges were read is unknown, so it counts as not expanded.
                    cut = Neighborhood.Cut(maxNodes: maxNodes!, depth: level, expanded: index, frontier: frontier.count)
                    break walk
                }
            }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return Neighborhood(neighbors: result.sorted { ($0.depth, $0.node) < ($1.depth, $1.node) }, cut: cut)
    }

    /// The shortest chain of edges between two nodes, ignoring direction; nil when unconnected.
    public static func path(from start: GraphNode, to goal: GraphNode, maxDepth: Int = 8, in db: Database) throws -> [GraphEdge]? {
        if start == goal { return [] }
        var cameFrom: [GraphNode: GraphEdge] = [:]
        var seen: Set<GraphNode> = [start]
        var frontier = [start]
        for _ in 0..<maxDepth {
            var next: [GraphNode] = []
            for node in frontier {
                // Sorted so that among equally short paths the same one is always chosen.
                for edge in try edges(touching: node, in: db).sorted(by: { ($0.relation, $0.source, $0.target) < ($1.relation, $1.source, $1.target) }) {
                    let other = edge.source == node ? edge.target : edge.source
                    guard seen.insert(other).inserted else { continue }
                    cameFrom[other] = edge
                    if other == goal {
                        var chain: [GraphEdge] = []
                        var current = goal
                        while current != start, let step = cameFrom[current] {
                            chain.append(step)
                            current = step.source == current ? step.target : step.source
                        }
                        return chain.reversed()
                    }
                    next.append(other)
                }
            }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return nil
    }

    /// The `edge` view's mention arm (Schema/0002_edge_view.sql), narrowed by `condition`.
    static func mentionArm(where condition: String) -> String {
        """
        SELECT DISTINCT
            'paper' AS source_kind, p.id AS source_id, p.title AS source_name,
            CASE m.role
                WHEN 'evaluated'  THEN 'reports-on'
                WHEN 'trained'    THEN 'trained-on'
                WHEN 'introduced' THEN 'introduces'
                WHEN 'proposed'   THEN 'proposes'
                WHEN 'baseline'   THEN 'compares-with'
                WHEN 'backbone'   THEN 'builds-on'
                ELSE 'mentions'
            END AS relation,
            e.kind AS target_kind, CAST(e.id AS TEXT) AS target_id, e.name AS target_name,
            NULL AS claim_id
        FROM mention m
        JOIN paper p ON p.id = m.paper_id
        JOIN entity e ON e.id = m.entity_id
        WHERE \(condition)
        """
    }

    /// The view's paper reports-result-of model arm, narrowed by `condition`.
    static func reportsResultArm(where condition: String) -> String {
        """
        SELECT * FROM (
            SELECT DISTINCT 'paper', p.id, p.title, 'reports-result-of', mo.kind, CAST(mo.id AS TEXT), mo.name, NULL
            FROM claim c
            JOIN paper p ON p.id = c.paper_id
            JOIN entity mo ON mo.id = c.model_id
            WHERE \(condition))
        """
    }

    /// The `edge` view's arms with the paper as source; none has a paper as target.
    static let edgesOfPaperSQL = """
        \(mentionArm(where: "m.paper_id = ?"))
        UNION ALL
        \(reportsResultArm(where: "c.paper_id = ?"))
        """

    /// The `edge` view's arms with the entity as source or target. Each `a = ? OR b = ?` of the
    /// view is asked as two disjoint arms (`a = ?`, then `b = ? AND a IS NOT ?`): SQLite answers
    /// an OR by collecting every matching rowid first, which for a hub metric is most of `claim`
    /// before the first row, and a walk under a node budget wants the first rows cheaply.
    static let edgesOfEntitySQL = """
        \(mentionArm(where: "m.entity_id = ?1"))
        UNION ALL
        SELECT e.kind, CAST(e.id AS TEXT), e.name, 'part-of', s.kind, CAST(s.id AS TEXT), s.name, NULL
        FROM suite_member sm
        JOIN entity e ON e.id = sm.member_id
        JOIN entity s ON s.id = sm.suite_id
        WHERE sm.member_id = ?1 OR sm.suite_id = ?1
        UNION ALL
        SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'evaluated-on', d.kind, CAST(d.id AS TEXT), d.name, c.id
        FROM claim c
        JOIN entity mo ON mo.id = c.model_id
        JOIN entity d ON d.id = c.dataset_id
        WHERE c.model_id = ?1
        UNION ALL
        SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'evaluated-on', d.kind, CAST(d.id AS TEXT), d.name, c.id
        FROM claim c
        JOIN entity mo ON mo.id = c.model_id
        JOIN entity d ON d.id = c.dataset_id
        WHERE c.dataset_id = ?1 AND c.model_id IS NOT ?1
        UNION ALL
        SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'compared-with', b.kind, CAST(b.id AS TEXT), b.name, c.id
        FROM claim c
        JOIN entity mo ON mo.id = c.model_id
        JOIN entity b ON b.id = c.baseline_id
        WHERE c.model_id = ?1
        UNION ALL
        SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'compared-with', b.kind, CAST(b.id AS TEXT), b.name, c.id
        FROM claim c
        JOIN entity mo ON mo.id = c.model_id
        JOIN entity b ON b.id = c.baseline_id
        WHERE c.baseline_id = ?1 AND c.model_id IS NOT ?1
        UNION ALL
        SELECT d.kind, CAST(d.id AS TEXT), d.name, 'measured-by', mt.kind, CAST(mt.id AS TEXT), mt.name, c.id
        FROM claim c
        JOIN entity d ON d.id = c.dataset_id
        JOIN entity mt ON mt.id = c.metric_id
        WHERE c.dataset_id = ?1
        UNION ALL
        SELECT d.kind, CAST(d.id AS TEXT), d.name, 'measured-by', mt.kind, CAST(mt.id AS TEXT), mt.name, c.id
        FROM claim c
        JOIN entity d ON d.id = c.dataset_id
        JOIN entity mt ON mt.id = c.metric_id
        WHERE c.metric_id = ?1 AND c.dataset_id IS NOT ?1
        UNION ALL
        \(reportsResultArm(where: "c.model_id = ?1"))
        """
}
