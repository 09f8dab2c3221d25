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

    /// Edges touching a node, in either direction.
    static func edges(touching node: GraphNode, in db: Database) throws -> [GraphEdge] {
        let rows: [Row]
        if node.isPaper {
            rows = try Row.fetchAll(db, sql: """
                SELECT * FROM edge WHERE (source_kind = 'paper' AND source_id = ?) OR (target_kind = 'paper' AND target_id = ?)
                """, arguments: [node.id, node.id])
        } else {
            rows = try Row.fetchAll(db, sql: """
                SELECT * FROM edge WHERE (source_kind <> 'paper' AND source_id = ?) OR (target_kind <> 'paper' AND target_id = ?)
                """, arguments: [node.id, node.id])
        }
        return rows.map { row in
            GraphEdge(
                source: GraphNode(kind: row["source_kind"], id: row["source_id"], name: row["source_name"]),
                relation: row["relation"],
                target: GraphNode(kind: row["target_kind"], id: row["target_id"], name: row["target_name"]),
                claimID: row["claim_id"])
        }
    }

    public struct Neighbor: Sendable, Equatable, Codable {
        public var depth: Int
        public var node: GraphNode
        /// The edge that first reached the node.
        public var via: GraphEdge
    }

    /// Nodes within `depth` edges of the start, breadth first, each with the edge that reached it;
    /// `kinds` keeps only nodes of those kinds in the answer (the walk still passes through others).
    public static func neighbors(of start: GraphNode, depth: Int, kinds: Set<String>?, in db: Database) throws -> [Neighbor] {
        var seen: Set<GraphNode> = [start]
        var frontier = [start]
        var result: [Neighbor] = []
        for level in 1...max(1, depth) {
            var next: [GraphNode] = []
            for node in frontier {
                for edge in try edges(touching: node, in: db) {
                    let other = edge.source == node ? edge.target : edge.source
                    guard seen.insert(other).inserted else { continue }
                    next.append(other)
                    if kinds == nil || kinds!.contains(other.kind) {
                        result.append(Neighbor(depth: level, node: other, via: edge))
                    }
                }
            }
            frontier = next.sorted()
            if frontier.isEmpty { break }
        }
        return result.sorted { ($0.depth, $0.node) < ($1.depth, $1.node) }
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
}
