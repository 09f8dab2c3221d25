import ClaimGraphCorpus
import ClaimGraphExport
import ClaimGraphExtraction
import ClaimGraphStore
import ClaimGraphTestSupport
import GRDB
import Testing
@testable import ClaimGraphQuery

/// Selections read only their part of the graph, walking out from their seeds; these tests hold
/// them to what the whole `edge` view, read into memory and cut down, gives.
@Suite("Graph selections walk out from their seeds")
struct GraphSelectionWalkTests {
    static var lexiconAvailable: Bool { (try? Lexicon.loadBundled()) != nil }

    /// The selection as it was drawn from the whole `edge` view in memory.
    static func wholeViewDocument(_ selection: GraphSelection, in db: Database, graph: GraphSelection.StoredGraph? = nil) throws -> GraphDocument {
        typealias Stored = GraphSelection.StoredGraph
        let graph = try graph ?? Stored.load(db)
        switch selection {
        case .dataset(let name):
            let entity = try EntityLookup.find(name, kinds: [.dataset, .benchmark], in: db)
            let members = Set(graph.links.filter { $0.relation == "part-of" && $0.to == entity.nodeID }.map(\.from))
            return graph.document(nodes: graph.reach(from: members.union([entity.nodeID]), depth: 1), title: "Neighbourhood of \(entity.name)")
        case .model(let name):
            let entity = try EntityLookup.find(name, kinds: [.model], in: db)
            return graph.document(nodes: graph.reach(from: [entity.nodeID], depth: 1), title: "Neighbourhood of \(entity.name)")
        case .paper(let reference):
            let paper = try #require(try GraphSelection.paper(reference, in: db))
            return graph.document(
                nodes: graph.reach(from: [paper.nodeID], depth: 1), title: "Paper \(paper.id): \(paper.title)",
                keep: { $0.claim.map { $0.paper == paper.id } ?? true })
        case .around(let name, let depth):
            let start = try GraphSelection.node(name, in: db)
            let steps = depth == 1 ? "1 step" : "\(depth) steps"
            return graph.document(nodes: graph.reach(from: [start.node.kind + ":" + start.node.id], depth: depth), title: "Within \(steps) of \(start.name)")
        case .compare(let first, let second):
            let a = try EntityLookup.find(first, kinds: [.model], in: db)
            let b = try EntityLookup.find(second, kinds: [.model], in: db)
            let models: Set = [a.nodeID, b.nodeID]
            func kept(_ link: Stored.Link) -> Bool {
                (link.relation == "evaluated-on" && models.contains(link.from))
                    || (link.relation == "compared-with" && models.contains(link.from) && models.contains(link.to))
                    || (["proposes", "reports-result-of", "introduces"].contains(link.relation) && models.contains(link.to))
                    || link.relation == "part-of"
            }
            var nodes = models
            for link in graph.links where kept(link) && link.relation != "part-of" {
                nodes.insert(link.from)
                nodes.insert(link.to)
            }
            return graph.document(nodes: nodes, title: "\(a.name) vs \(b.name)", keep: kept)
        default:
            Issue.record("no whole-view reference for \(selection)")
            return GraphDocument(nodes: [], edges: [])
        }
    }

    @Test(
        "every dataset, model, paper, neighbourhood and comparison drawn from a walk equals the whole view's",
        .enabled(if: lexiconAvailable, "the bundled lexicon is not in this build, so the corpus yields no graph"))
    func walkedSelectionsEqualTheWholeView() throws {
        let store = try ClaimGraphStore.inMemory()
        _ = try PaperIngestor(store: store).ingest(try PaperSource.readBundledCorpus())
        try store.reader.read { db in
            let datasets = try String.fetchAll(db, sql: "SELECT name FROM entity WHERE kind IN ('dataset', 'benchmark') ORDER BY id")
            let models = try String.fetchAll(db, sql: "SELECT name FROM entity WHERE kind = 'model' ORDER BY id")
            let papers = try String.fetchAll(db, sql: "SELECT id FROM paper ORDER BY id")
            let others = try String.fetchAll(db, sql: "SELECT name FROM entity WHERE kind NOT IN ('dataset', 'benchmark', 'model') ORDER BY id")
            #expect(datasets.count > 20 && models.count > 20 && papers.count > 100)
            var selections: [GraphSelection] = datasets.map { .dataset($0) } + models.map { .model($0) } + papers.map { .paper($0) }
            selections += (datasets.prefix(15) + models.prefix(15) + papers.prefix(15) + others.prefix(5)).flatMap { name in
                [0, 1, 2].map { GraphSelection.around(name, depth: $0) }
            }
            selections += zip(models, models.dropFirst(3)).map { GraphSelection.compare($0, $1) }
            var compared = 0
            let graph = try GraphSelection.StoredGraph.load(db)
            for selection in selections {
                // Aliases can make one name find another entity than its own row; both ways resolve it alike.
                guard let expected = try? Self.wholeViewDocument(selection, in: db, graph: graph) else { continue }
                let walked = try selection.document(in: db)
                #expect(walked == expected, "\(selection)")
                compared += 1
            }
            #expect(compared > 300)
        }
    }

    @Test("edges between nodes at the walk's edge are drawn: suites, results, comparisons and metrics among them")
    func edgesAmongTheOuterRing() throws {
        let fixture = try FixtureDatabase()
        try fixture.member("MNLI", of: "GLUE")
        try fixture.member("SST-2", of: "GLUE")
        try fixture.paper("p1", title: "A language paper")
        try fixture.paper("p2", title: "Another language paper")
        try fixture.claim(paper: "p1", model: "BERT", dataset: "MNLI", metric: "accuracy", value: 84.6)
        try fixture.claim(paper: "p1", model: "RoBERTa", dataset: "SST-2", metric: "accuracy", value: 1.2, unit: "points", kind: "delta", baseline: "BERT")
        try fixture.claim(paper: "p2", model: "RoBERTa", dataset: "MNLI", metric: "accuracy", value: 90.2, split: "matched")
        try fixture.claim(paper: nil, model: "BERT", dataset: "SST-2", metric: "accuracy", value: 93.5, source: "imported")
        try fixture.mention(paper: "p1", "GLUE", kind: "benchmark", role: "evaluated")
        try fixture.mention(paper: "p2", "BERT", kind: "model", role: "baseline")
        let glue = try fixture.entity("GLUE", kind: "benchmark")
        try fixture.store.reader.read { db in
            let names = ["MNLI", "SST-2", "GLUE", "BERT", "RoBERTa", "accuracy", "p1", "p2"]
            for name in names {
                for depth in 0...3 {
                    let selection = GraphSelection.around(name, depth: depth)
                    #expect(try selection.document(in: db) == Self.wholeViewDocument(selection, in: db), "\(selection)")
                }
            }
            for selection in [GraphSelection.dataset("GLUE"), .dataset("MNLI"), .model("BERT"), .paper("p1"), .compare("BERT", "RoBERTa")] {
                #expect(try selection.document(in: db) == Self.wholeViewDocument(selection, in: db), "\(selection)")
            }
            // p1's neighbours include MNLI, SST-2, GLUE, BERT and RoBERTa: their edges among themselves come along.
            let around = try GraphSelection.around("p1", depth: 1).document(in: db)
            let relations = Set(around.edges.map(\.relation))
            #expect(relations.isSuperset(of: ["evaluated-on", "compared-with"]))
            #expect(around.clusters["benchmark:\(glue)"]?.count == 2)
        }
    }

    @Test("a paper is found by id first, else by its title in any ASCII case, whatever characters it holds")
    func paperByIDOrTitle() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("b-paper", title: #"Swin "Transformer": Shifted Windows"#)
        try fixture.paper("a-paper", title: "Swin Transformer")
        try fixture.paper("swin transformer", title: "Another title")
        try fixture.paper("c-paper", title: "!!!")
        try fixture.paper("d-paper", title: "Swin Transformers")
        try fixture.store.reader.read { (db: Database) throws -> Void in
            #expect(try GraphSelection.paper("swin transformer", in: db)?.id == "swin transformer")
            #expect(try GraphSelection.paper("SWIN TRANSFORMER", in: db)?.id == "a-paper")
            #expect(try GraphSelection.paper(#"swin "TRANSFORMER": shifted windows"#, in: db)?.id == "b-paper")
            #expect(try GraphSelection.paper("!!!", in: db)?.id == "c-paper")
            #expect(try GraphSelection.paper("Swin", in: db) == nil)
            #expect(try GraphSelection.paper("Transformer Swin", in: db) == nil)
        }
    }

    @Test("a walk stops as soon as it meets more nodes than the cap, naming --max-nodes")
    func walkStopsAtTheCap() throws {
        let fixture = try FixtureDatabase()
        for index in 0..<12 {
            try fixture.paper("p\(index)", title: "Paper \(index)")
            try fixture.claim(paper: "p\(index)", model: "Model \(index)", dataset: "COCO", metric: "box AP", value: Double(40 + index))
        }
        try fixture.store.reader.read { db in
            // COCO, 12 papers, 12 models and box AP: 26 nodes.
            let atTheCap = try GraphSelection.dataset("COCO").document(in: db, maxNodes: 26)
            #expect(atTheCap.nodes.count == 26)
            for selection in [GraphSelection.dataset("COCO"), .around("COCO", depth: 2), .around("Model 3", depth: 2), .all] {
                #expect(throws: SelectionError.tooManyNodes(limit: 5)) { try selection.document(in: db, maxNodes: 5) }
            }
            #expect(throws: SelectionError.tooManyNodes(limit: 25)) { try GraphSelection.dataset("COCO").document(in: db, maxNodes: 25) }
            // Past labelsUpToNodes the same edges come without values.
            let unlabelled = try GraphSelection.dataset("COCO").document(in: db, labelsUpToNodes: 25)
            #expect(atTheCap.edges.contains { $0.label == "45% box AP" })
            #expect(unlabelled.edges.map { GraphDocument.Edge(from: $0.from, to: $0.to, label: nil, relation: $0.relation) } == atTheCap.edges.map {
                GraphDocument.Edge(from: $0.from, to: $0.to, label: nil, relation: $0.relation)
            })
            #expect(unlabelled.edges.allSatisfy { $0.label == nil })
            #expect(try GraphSelection.dataset("COCO").document(in: db, labelsUpToNodes: 26) == atTheCap)
        }
        #expect(SelectionError.tooManyNodes(limit: 5).errorDescription?.contains("--max-nodes") == true)
    }
}
