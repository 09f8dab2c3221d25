import ClaimGraphTestSupport
import Foundation
import Testing
@testable import ClaimGraphCLI

/// Pages of large answers at the command line: the total is always said, in every format.
@Suite("pages and budgets at the command line")
struct PagingCommandTests {
    var db: String { BundledCorpusDatabase.path }

    @Test("papers --limit shows a page and says how many there are in all, in text and in JSON")
    func papersPageSaysTotal() throws {
        let whole = CLIRun(["papers", "--dataset", "COCO", "--limit", "0", "--db", db, "--format", "json"])
        let object = try #require(whole.json as? [String: Any])
        let total = try #require(object["total"] as? Int)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(total == rows.count)
        #expect(total > 3)
        #expect(object["shown"] as? Int == total)

        let page = CLIRun(["papers", "--dataset", "COCO", "--limit", "2", "--db", db, "--format", "json"])
        let pageObject = try #require(page.json as? [String: Any])
        #expect(pageObject["total"] as? Int == total)
        #expect(pageObject["shown"] as? Int == 2)
        let pageIDs = (pageObject["rows"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(pageIDs == rows.prefix(2).compactMap { $0["id"] as? String })
        #expect((pageObject["notes"] as? [String])?.first == "showing 2 of \(total); --limit 0 for all, --offset 2 for the next 2")

        let next = CLIRun(["papers", "--dataset", "COCO", "--limit", "2", "--offset", "2", "--db", db, "--format", "table"])
        #expect(next.code == 0)
        #expect(next.stdout.contains("showing 3–4 of \(total)"), "\(next.stdout)")
        let csv = CLIRun(["papers", "--dataset", "COCO", "--limit", "2", "--db", db, "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 3)
        #expect(csv.stderr.contains("showing 2 of \(total)"))
    }

    @Test("leaderboard --limit cuts each board and says how many models it ranks")
    func leaderboardPageSaysTotal() throws {
        let whole = CLIRun(["leaderboard", "COCO", "--limit", "0", "--db", db, "--format", "json"])
        let boards = try #require(whole.json as? [[String: Any]])
        let largest = try #require(boards.max { ($0["total"] as? Int ?? 0) < ($1["total"] as? Int ?? 0) })
        let total = try #require(largest["total"] as? Int)
        #expect(total >= 2)
        let page = CLIRun(["leaderboard", "COCO", "--limit", "1", "--db", db, "--format", "json"])
        let pageBoards = try #require(page.json as? [[String: Any]])
        let same = try #require(pageBoards.first { $0["title"] as? String == largest["title"] as? String })
        #expect(same["total"] as? Int == total)
        #expect((same["rows"] as? [[String: Any]])?.count == 1)
        #expect((same["notes"] as? [String])?.first == "showing 1 of \(total); --limit 0 for all")
    }

    @Test("neighbors --max-nodes stops the walk and says so")
    func neighborsBudget() {
        let run = CLIRun(["neighbors", "COCO", "--depth", "2", "--max-nodes", "5", "--db", db, "--format", "json"])
        #expect(run.code == 0)
        #expect(run.jsonRows.count == 5)
        #expect(run.stderr.contains("stopped at 5 nodes (--max-nodes; 0 for no limit)"), "\(run.stderr)")
        let bad = CLIRun(["neighbors", "COCO", "--max-nodes", "-1", "--db", db])
        #expect(bad.code == 64)
    }
}
