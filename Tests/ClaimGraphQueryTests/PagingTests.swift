import ClaimGraphTestSupport
import GRDB
import Testing
@testable import ClaimGraphQuery

/// Pages of large answers: totals, pages that add up to the whole, the order, and the node budget.
@Suite("Paging and budgets")
struct PagingTests {
    /// 31 papers on COCO (arXiv ids over three years, and three without one, one of them dated),
    /// 12 models on its box AP board, two of them tied, and claims that are not scores.
    func fixture() throws -> FixtureDatabase {
        let fixture = try FixtureDatabase()
        for index in 0..<28 {
            let id = String(format: "%02d%02d.%05d", 19 + index % 3, 1 + index % 12, 100 + index)
            try fixture.paper(id, title: "Paper \(index)")
            try fixture.claim(paper: id, model: "Model-\(index % 12)", dataset: "COCO", metric: "box AP", value: 40 + Double(index % 12), split: "val")
        }
        try fixture.paper("slug-old", title: "An undated paper")
        try fixture.paper("slug-another", title: "Another undated paper")
        try fixture.mention(paper: "slug-another", "COCO", kind: "dataset", role: "introduced")
        try fixture.paper("slug-new", title: "A dated paper")
        try fixture.store.writer.write { db in
            try db.execute(sql: "UPDATE paper SET published = '2023-06-01' WHERE id = 'slug-new'")
        }
        try fixture.mention(paper: "slug-old", "COCO", kind: "dataset", role: "evaluated")
        try fixture.mention(paper: "slug-new", "COCO", kind: "dataset", role: "evaluated")
        try fixture.claim(paper: "slug-new", model: "Tied-A", dataset: "COCO", metric: "box AP", value: 60, split: "val")
        try fixture.claim(paper: "slug-old", model: "Tied-B", dataset: "COCO", metric: "box AP", value: 60, split: "val")
        for index in 0..<5 {
            try fixture.claim(paper: "slug-old", model: "Model-\(index)", dataset: "COCO", metric: "box AP", value: Double(index + 1), unit: "points",
                              split: "val", kind: "delta", baseline: "Model-11")
        }
        return fixture
    }

    @Test("a page of papers says how many match in all, and the pages add up to the whole answer")
    func papersPagesAddUp() throws {
        let store = try fixture().store
        let whole = try store.reader.read { try PapersQuery(datasets: ["COCO"]).run($0) }
        let first = try store.reader.read { try PapersQuery(datasets: ["COCO"], limit: 12).run($0) }
        let rest = try store.reader.read { try PapersQuery(datasets: ["COCO"], limit: 100, offset: 12).run($0) }
        #expect(whole.total == 31)
        #expect(whole.papers.count == 31)
        #expect(first.total == 31)
        #expect(first.papers.count == 12)
        #expect(rest.total == 31)
        #expect(first.papers + rest.papers == whole.papers)
    }

    @Test("papers come newest first: by arXiv id's year and month, else by published date, undated last by id")
    func papersNewestFirst() throws {
        let papers = try fixture().store.reader.read { try PapersQuery(datasets: ["COCO"]).run($0) }.papers
        let ids = papers.map(\.id)
        func month(_ id: String) -> String {
            id == "slug-new" ? "2023-06" : "20" + id.prefix(2) + "-" + id.dropFirst(2).prefix(2)
        }
        let dated = ids.dropLast(2)
        #expect(ids.suffix(2) == ["slug-another", "slug-old"])
        #expect(ids.first == "slug-new")
        #expect(zip(dated, dated.dropFirst()).allSatisfy { month($0) > month($1) || (month($0) == month($1) && $0 > $1) }, "\(ids)")
        #expect(papers.first { $0.id == "slug-new" }?.datasets == ["COCO"])
        #expect(papers.first { $0.id == "slug-new" }?.claims == 1)
    }

    @Test("a board shows its top entries, ties sharing a rank, and says how many models it ranks")
    func boardPageAndTotal() throws {
        let store = try fixture().store
        let whole = try store.reader.read { try LeaderboardQuery(dataset: "COCO").run($0) }
        let page = try store.reader.read { try LeaderboardQuery(dataset: "COCO", limit: 5).run($0) }
        #expect(whole.boards.count == 1)
        #expect(whole.boards[0].total == 14)
        #expect(whole.boards[0].entries.count == 14)
        #expect(page.boards[0].total == 14)
        #expect(page.boards[0].entries == Array(whole.boards[0].entries.prefix(5)))
        #expect(page.boards[0].entries.prefix(3).map(\.rank) == [1, 1, 3])
        #expect(page.boards[0].entries.prefix(3).map(\.model) == ["Tied-A", "Tied-B", "Model-11"])
        #expect(whole.comparativeTotal == 5)
        #expect(page.comparative.count == 5)
        let fewer = try store.reader.read { try LeaderboardQuery(dataset: "COCO", limit: 2).run($0) }
        #expect(fewer.comparativeTotal == 5)
        #expect(fewer.comparative == Array(whole.comparative.prefix(2)))
    }

    @Test("each model's best claim stands, the first by id among equals")
    func bestClaimPerModel() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.paper("p2", title: "Two")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 50)
        try fixture.claim(paper: "p2", model: "A", dataset: "COCO", metric: "box AP", value: 50)
        try fixture.claim(paper: "p2", model: "A", dataset: "COCO", metric: "box AP", value: 40)
        let board = try fixture.store.reader.read { try LeaderboardQuery(dataset: "COCO").run($0) }.boards[0]
        #expect(board.entries.map(\.paper) == ["p1"])
        #expect(board.total == 1)
    }

    @Test("the node budget stops a walk while it reads edges, and says where")
    func nodeBudget() throws {
        let store = try fixture().store
        let (whole, cut) = try store.reader.read { db in
            let start = try GraphQuery.node(named: "COCO", in: db)
            return (try GraphQuery.neighborhood(of: start, depth: 2, kinds: nil, maxNodes: nil, in: db),
                    try GraphQuery.neighborhood(of: start, depth: 2, kinds: nil, maxNodes: 10, in: db))
        }
        #expect(whole.cut == nil)
        #expect(whole.neighbors.count > 10)
        #expect(cut.neighbors.count == 10)
        #expect(cut.cut?.maxNodes == 10)
        #expect(cut.cut?.depth == 1)
        #expect(cut.cut?.expanded == 0)
        #expect(cut.cut?.frontier == 1)
        #expect(Set(cut.neighbors.map(\.node)).isSubset(of: Set(whole.neighbors.map(\.node))))
        let roomy = try store.reader.read { db in
            try GraphQuery.neighborhood(of: GraphQuery.node(named: "COCO", in: db), depth: 2, kinds: nil, maxNodes: whole.neighbors.count + 1, in: db)
        }
        #expect(roomy.cut == nil)
        #expect(roomy.neighbors == whole.neighbors)
    }
}
