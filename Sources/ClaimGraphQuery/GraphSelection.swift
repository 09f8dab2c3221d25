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

    /// The selection's graph. A selection that walks the graph (all but `leaderboard` and
    /// `query`) stops with `SelectionError.tooManyNodes` as soon as it has met more than
    /// `maxNodes` nodes, before reading the rest. Beyond `labelsUpToNodes` nodes its edges carry
    /// no claim values (an overview draws none, and reading them was a fifth of the selection's
    /// time at 2,000 nodes); a paper's own results are still told apart.
    public func document(in db: Database, maxNodes: Int = .max, labelsUpToNodes: Int = .max) throws -> GraphDocument {
        switch self {
        case .dataset(let name):
            let entity = try EntityLookup.find(name, kinds: [.dataset, .benchmark], in: db)
            var walk = StoredGraph.Walk(budget: maxNodes, in: db)
            // A suite is drawn with its members, and what is one step from each of them.
            let seed = entity.graphNode
            let members = try walk.fetch(seed).filter { other in
                walk.graph.links.contains { $0.relation == "part-of" && $0.to == StoredGraph.Walk.id(seed) && $0.from == StoredGraph.Walk.id(other) }
            }
            let nodes = try walk.reach(from: [seed] + members, depth: 1)
            if nodes.count <= labelsUpToNodes { try walk.readClaims() }
            return walk.graph.document(nodes: nodes, title: "Neighbourhood of \(entity.name)")
        case .model(let name):
            let entity = try EntityLookup.find(name, kinds: [.model], in: db)
            var walk = StoredGraph.Walk(budget: maxNodes, in: db)
            let nodes = try walk.reach(from: [entity.graphNode], depth: 1)
            if nodes.count <= labelsUpToNodes { try walk.readClaims() }
            return walk.graph.document(nodes: nodes, title: "Neighbourhood of \(entity.name)")
        case .paper(let reference):
            guard let paper = try Self.paper(reference, in: db) else {
                throw SelectionError.unknownPaper(reference, suggestions: try Self.paperSuggestions(reference, in: db))
            }
            var walk = StoredGraph.Walk(budget: maxNodes, in: db)
            let nodes = try walk.reach(from: [GraphNode(kind: "paper", id: paper.id, name: paper.title)], depth: 1)
            try walk.readClaims(labels: nodes.count <= labelsUpToNodes)
            // Other papers' results between the same model and dataset are not this paper's.
            return walk.graph.document(
                nodes: nodes, title: "Paper \(paper.id): \(paper.title)",
                keep: { $0.claim.map { $0.paper == paper.id } ?? true })
        case .around(let name, let depth):
            guard depth >= 0 else { throw SelectionError.negativeDepth(depth) }
            let start = try Self.node(name, in: db)
            var walk = StoredGraph.Walk(budget: maxNodes, in: db)
            let nodes = try walk.reach(from: [start.node], depth: depth)
            if nodes.count <= labelsUpToNodes { try walk.readClaims() }
            let steps = depth == 1 ? "1 step" : "\(depth) steps"
            return walk.graph.document(nodes: nodes, title: "Within \(steps) of \(start.name)")
        case .leaderboard(let dataset, let metric, let split):
            return try Leaderboard.document(dataset: dataset, metric: metric, split: split, in: db)
        case .compare(let first, let second):
            let a = try EntityLookup.find(first, kinds: [.model], in: db)
            let b = try EntityLookup.find(second, kinds: [.model], in: db)
            var walk = StoredGraph.Walk(budget: maxNodes, in: db)
            try walk.fetch(a.graphNode)
            try walk.fetch(b.graphNode)
            let models: Set = [a.nodeID, b.nodeID]
            let paperRelations: Set = ["proposes", "reports-result-of", "introduces"]
            func kept(_ link: StoredGraph.Link) -> Bool {
                (link.relation == "evaluated-on" && models.contains(link.from))
                    || (link.relation == "compared-with" && models.contains(link.from) && models.contains(link.to))
                    || (paperRelations.contains(link.relation) && models.contains(link.to))
                    || link.relation == "part-of"
            }
            var nodes = models
            for link in walk.graph.links where kept(link) && link.relation != "part-of" {
                nodes.insert(link.from)
                nodes.insert(link.to)
            }
            if nodes.filter({ walk.graph.vertices[$0] != nil }).count > maxNodes { throw SelectionError.tooManyNodes(limit: maxNodes) }
            // The suites around the datasets drawn (no paper edge is kept but those read above).
            try walk.close(among: nodes, papers: false)
            if nodes.filter({ walk.graph.vertices[$0] != nil }).count <= labelsUpToNodes { try walk.readClaims() }
            return walk.graph.document(nodes: nodes, title: "\(a.name) vs \(b.name)", keep: kept)
        case .query(let name, let parameters):
            return try QueryEdges.document(name: name, parameters: parameters, in: db)
        case .all:
            let graph = try StoredGraph.load(db, budget: maxNodes, labelsUpToNodes: labelsUpToNodes)
            return graph.document(nodes: Set(graph.vertices.keys), title: "All papers, datasets, models and metrics")
        }
    }

    /// A paper by id, or by title regardless of case.
    /// An id wins over a title; among papers of one title, the first id.
    static func paper(_ reference: String, in db: Database) throws -> (id: String, title: String, nodeID: String)? {
        var row = try Row.fetchOne(db, sql: "SELECT id, title FROM paper WHERE id = ?", arguments: [reference])
        if row == nil {
            // No index holds titles without case, so the full-text index finds the candidates: a
            // title equal to the reference but for ASCII case has the same words in the same
            // order, and the tokenizer folds case too. Scanning every title took 0.3 s at 600,000
            // papers, on every `--around`, whose name is tried as a paper first.
            let words = reference.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            if words.isEmpty {
                row = try Row.fetchOne(db, sql: "SELECT id, title FROM paper WHERE title = ? COLLATE NOCASE ORDER BY id LIMIT 1", arguments: [reference])
            } else {
                let phrase = "title : \"" + reference.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                row = try Row.fetchOne(db, sql: """
                    SELECT id, title FROM paper
                    WHERE rowid IN (SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?) AND title = ? COLLATE NOCASE
                    ORDER BY id LIMIT 1
                    """, arguments: [phrase, reference])
            }
        }
        guard let row else { return nil }
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
    static func node(_ name: String, in db: Database) throws -> (node: GraphNode, name: String) {
        if let paper = try paper(name, in: db) { return (GraphNode(kind: "paper", id: paper.id, name: paper.title), paper.title) }
        do {
            let entity = try EntityLookup.find(name, kinds: EntityKind.allCases, in: db)
            return (entity.graphNode, entity.name)
        } catch StoreError.unknownEntity(_, _, let suggestions) {
            throw StoreError.unknownEntity(kind: "paper or entity", name: name, suggestions: suggestions)
        }
    }
}

extension EntityRef {
    /// This entity's node id in exported graphs.
    var nodeID: String { "\(kind):\(id)" }

    /// This entity as a node of the `edge` view.
    var graphNode: GraphNode { GraphNode(kind: kind, id: String(id), name: name) }
}
