import ClaimGraphTestSupport
import Testing
@testable import ClaimGraphQuery

@Suite("Leaderboard")
struct LeaderboardTests {
    @Test("higher-is-better metrics rank descending, one row per model with its best claim")
    func ranksDescendingWithBestClaimPerModel() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.paper("p2", title: "Two")
        try fixture.claim(paper: "p1", model: "Dual-Swin-L", dataset: "COCO", metric: "box AP", value: 59.4, split: "test-dev")
        try fixture.claim(paper: "p1", model: "Swin-L", dataset: "COCO", metric: "box AP", value: 57.7, split: "test-dev")
        try fixture.claim(paper: "p2", model: "Swin-L", dataset: "COCO", metric: "box AP", value: 58.0, split: "test-dev")
        let result = try fixture.store.reader.read { try LeaderboardQuery(dataset: "COCO", metric: "box AP").run($0) }
        #expect(result.boards.count == 1)
        #expect(result.boards[0].entries.map(\.model) == ["Dual-Swin-L", "Swin-L"])
        #expect(result.boards[0].entries.map(\.value) == [59.4, 58.0])
    }

    @Test("lower-is-better metrics such as FID rank ascending")
    func lowerIsBetterRanksAscending() throws {
        let fixture = try FixtureDatabase()
        try fixture.claim(paper: nil, model: "GAN-A", dataset: "CIFAR-10", metric: "FID", value: 3.2, unit: nil, lowerIsBetter: true, scale: "raw", source: "imported")
        try fixture.claim(paper: nil, model: "GAN-B", dataset: "CIFAR-10", metric: "FID", value: 2.1, unit: nil, lowerIsBetter: true, scale: "raw", source: "imported")
        let result = try fixture.store.reader.read { try LeaderboardQuery(dataset: "CIFAR-10").run($0) }
        #expect(result.boards[0].entries.map(\.model) == ["GAN-B", "GAN-A"])
        #expect(result.boards[0].direction == "lower is better")
    }

    @Test("claims on different splits are never ranked together")
    func splitsAreSeparateBoards() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 59.4, split: "test-dev")
        try fixture.claim(paper: "p1", model: "B", dataset: "COCO", metric: "box AP", value: 60.1, split: "val")
        let result = try fixture.store.reader.read { try LeaderboardQuery(dataset: "COCO").run($0) }
        #expect(result.boards.map(\.split) == ["test-dev", "val"])
        #expect(result.boards.map { $0.entries.map(\.model) } == [["A"], ["B"]])
    }

    @Test("a fraction on a percentage metric is shown as a percentage, with the conversion noted")
    func fractionsAreConverted() throws {
        let fixture = try FixtureDatabase()
        try fixture.claim(paper: nil, model: "A", dataset: "ImageNet", metric: "top-1 accuracy", value: 0.871, unit: nil, source: "imported")
        try fixture.claim(paper: nil, model: "B", dataset: "ImageNet", metric: "top-1 accuracy", value: 86.5, unit: "%", source: "imported")
        let board = try fixture.store.reader.read { try LeaderboardQuery(dataset: "ImageNet").run($0) }.boards[0]
        #expect(board.entries.map(\.model) == ["A", "B"])
        #expect(board.entries[0].value == 87.1)
        #expect(board.conversions == ["A: 0.871 → 87.1 (fraction shown as %)"])
    }

    @Test("delta claims are listed apart, not ranked")
    func deltasAreNotRanked() throws {
        let fixture = try FixtureDatabase()
        try fixture.paper("p1", title: "One")
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 59.4)
        try fixture.claim(paper: "p1", model: "A", dataset: "COCO", metric: "box AP", value: 1.7, unit: "points", kind: "delta", baseline: "B")
        let result = try fixture.store.reader.read { try LeaderboardQuery(dataset: "COCO").run($0) }
        #expect(result.boards[0].entries.map(\.value) == [59.4])
        #expect(result.comparative.map(\.value) == [1.7])
    }
}
