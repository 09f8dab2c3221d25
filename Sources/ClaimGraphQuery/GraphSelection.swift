import ClaimGraphExport
import ClaimGraphSQLFiles
import ClaimGraphStore
import Foundation
import GRDB

/// A part of the graph to draw, read from the database into a `GraphDocument` for the exporter.
/// Nodes are `kind:id` (a paper's id, an entity's row id); benchmark suites become clusters
/// around their member datasets; claims become edge labels such as "59.4 box AP, test-dev".
public enum GraphSelection: Sendable, Equatable {
    /// A dataset or benchmark (a suite with its members) and everything one step from it.
    case dataset(String)
    /// A model and everything one step from it: its papers, datasets, baselines.
    case model(String)
    /// A paper (by id or exact title), what it mentions, and the results it reports.
    case paper(String)
    /// Everything within `depth` steps of a paper or entity, following edges either way.
    case around(String, depth: Int)
    /// The models with results on a dataset, ranked within each metric and split, each linked
    /// to the papers reporting them.
    case leaderboard(dataset: String, metric: String?, split: String?)
    /// Two models, the datasets either has results on, their papers and direct comparisons.
    case compare(String, String)
    /// A named query from Queries/ whose rows are edges: `source`, `target`, optional `label`,
    /// `relation`, `source_kind`, `target_kind`; `:named` parameters bound from `parameters`.
    case query(String, parameters: [String: String])
    /// The whole graph.
    case all

    public func document(in db: Database) throws -> GraphDocument {
        switch self {
        case .dataset(let name):
            let entity = try EntityLookup.find(name, kinds: [.dataset, .benchmark], in: db)
            let graph = try StoredGraph.load(db)
            let seeds = Set([entity.nodeID]).union(graph.members(of: entity.nodeID))
            return graph.document(nodes: graph.reach(from: seeds, depth: 1), title: "Neighbourhood of \(entity.name)")
        case .model(let name):
            let entity = try EntityLookup.find(name, kinds: [.model], in: db)
            let graph = try StoredGraph.load(db)
            return graph.document(nodes: graph.reach(from: [entity.nodeID], depth: 1), title: "Neighbourhood of \(entity.name)")
        case .paper(let reference):
            guard let paper = try Self.paper(reference, in: db) else {
                throw SelectionError.unknownPaper(reference, suggestions: try Self.paperSuggestions(reference, in: db))
            }
            let graph = try StoredGraph.load(db)
            // Other papers' results between the same model and dataset are not this paper's.
            return graph.document(
                nodes: graph.reach(from: [paper.nodeID], depth: 1), title: "Paper \(paper.id): \(paper.title)",
                keep: { $0.claim.map { $0.paper == paper.id } ?? true })
        case .around(let name, let depth):
            guard depth >= 0 else { throw SelectionError.negativeDepth(depth) }
            let start = try Self.node(name, in: db)
            let graph = try StoredGraph.load(db)
            let steps = depth == 1 ? "1 step" : "\(depth) steps"
            return graph.document(nodes: graph.reach(from: [start.id], depth: depth), title: "Within \(steps) of \(start.name)")
        case .leaderboard(let dataset, let metric, let split):
            return try Leaderboard.document(dataset: dataset, metric: metric, split: split, in: db)
        case .compare(let first, let second):
            let a = try EntityLookup.find(first, kinds: [.model], in: db)
            let b = try EntityLookup.find(second, kinds: [.model], in: db)
            let graph = try StoredGraph.load(db)
            let models: Set = [a.nodeID, b.nodeID]
            let paperRelations: Set = ["proposes", "reports-result-of", "introduces"]
            func kept(_ link: StoredGraph.Link) -> Bool {
                (link.relation == "evaluated-on" && models.contains(link.from))
                    || (link.relation == "compared-with" && models.contains(link.from) && models.contains(link.to))
                    || (paperRelations.contains(link.relation) && models.contains(link.to))
                    || link.relation == "part-of"
            }
            var nodes = models
            for link in graph.links where kept(link) && link.relation != "part-of" {
                nodes.insert(link.from)
                nodes.insert(link.to)
            }
            return graph.document(nodes: nodes, title: "\(a.name) vs \(b.name)", keep: kept)
        case .query(let name, let parameters):
            return try QueryEdges.document(name: name, parameters: parameters, in: db)
        case .all:
            let graph = try StoredGraph.load(db)
            return graph.document(nodes: Set(graph.vertices.keys), title: "All papers, datasets, models and metrics")
        }
    }

    /// A paper by id, or by title regardless of case.
    static func paper(_ reference: String, in db: Database) throws -> (id: String, title: String, nodeID: String)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, title FROM paper WHERE id = ? OR title = ? COLLATE NOCASE ORDER BY id = ? DESC, id LIMIT 1
            """, arguments: [reference, reference, reference])
        else { return nil }
        let id: String = row["id"]
        return (id, row["title"], "paper:" + id)
    }

    static func paperSuggestions(_ reference: String, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT id FROM paper WHERE instr(lower(id), lower(?)) > 0 OR instr(lower(title), lower(?)) > 0
            ORDER BY id LIMIT 5
            """, arguments: [reference, reference])
    }

    /// A paper or an entity of any kind, for `around`.
    static func node(_ name: String, in db: Database) throws -> (id: String, name: String) {
        if let paper = try paper(name, in: db) { return (paper.nodeID, paper.title) }
        do {
            let entity = try EntityLookup.find(name, kinds: EntityKind.allCases, in: db)
            return (entity.nodeID, entity.name)
        } catch StoreError.unknownEntity(_, _, let suggestions) {
            throw StoreError.unknownEntity(kind: "paper or entity", name: name, suggestions: suggestions)
        }
    }
}

extension EntityRef {
    /// This entity's node id in exported graphs.
    var nodeID: String { "\(kind):\(id)" }
}
