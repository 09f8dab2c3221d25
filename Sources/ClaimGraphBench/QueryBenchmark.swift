import ClaimGraphQuery
import ClaimGraphStore
import Foundation
import GRDB

/// Times the benchmarked questions in-process, and records the exact SQL each one sends so the
/// sqlite3 shell can be timed on the same statements.
public struct QueryBenchmark {
    /// The questions asked, with what they are asked about.
    public struct Choices: Sendable, Codable, Equatable {
        public var dataset: String
        public var modelA: String
        public var modelB: String
        public var neighborsOf: String
        public var search: String

        public init(dataset: String, modelA: String, modelB: String, neighborsOf: String, search: String) {
            self.dataset = dataset
            self.modelA = modelA
            self.modelB = modelB
            self.neighborsOf = neighborsOf
            self.search = search
        }

        /// Deterministic picks from what the database holds: a popular but not top dataset
        /// (10th by claims), the 5th and 6th models by claims, and a dataset of middling size
        /// (the median of those with claims) to walk two edges out from. The hubs themselves make
        /// answers of tens of thousands of rows, which no interactive question asks for.
        public static func pick(in db: Database, search: String = "open vocabulary segmentation") throws -> Choices {
            func ranked(_ column: String, kind: String) throws -> [String] {
                try String.fetchAll(db, sql: """
                    SELECT e.name FROM claim c JOIN entity e ON e.id = c.\(column)
                    WHERE e.kind IN (SELECT value FROM json_each(?))
                    GROUP BY e.id ORDER BY COUNT(*) DESC, e.name
                    """, arguments: [kind])
            }
            let datasets = try ranked("dataset_id", kind: #"["dataset","benchmark"]"#)
            let models = try ranked("model_id", kind: #"["model"]"#)
            guard !datasets.isEmpty, models.count >= 2 else {
                throw BenchError.tooSmall("the database needs claims on a dataset and on two models")
            }
            func at(_ list: [String], _ rank: Int) -> String { list[min(rank, list.count) - 1] }
            return Choices(
                dataset: at(datasets, 10), modelA: at(models, 5), modelB: at(models, 6),
                neighborsOf: datasets[datasets.count / 2], search: search)
        }
    }

    /// One question's timings.
    public struct Timing: Sendable, Codable {
        public var name: String
        public var parameters: String
        /// Rows or items in the answer, to show the question did real work.
        public var answerSize: Int
        public var runs: Int
        /// Wall time around the whole question.
        public var p50Milliseconds: Double
        public var p99Milliseconds: Double
        /// CPU time (user + system) of the same runs: what the shell's `.timer` reports, so the
        /// ratio to the shell is like for like even when other work shares the cores.
        public var cpuP50Milliseconds: Double
        public var cpuP99Milliseconds: Double
        /// Every statement one run sends, with its arguments inlined.
        public var statements: [String]
    }

    public let path: String
    public var runs: Int
    public var warmup = 3
    /// Time allowed a question: slow questions stop after this many seconds of timed runs (at
    /// least one), so one pathological question cannot hold the benchmark for hours.
    public var budgetSeconds: Double = 30

    public init(path: String, runs: Int) {
        self.path = path
        self.runs = runs
    }

    public func run(choices: Choices? = nil) throws -> (choices: Choices, timings: [Timing]) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.publicStatementArguments = true
        // The cache a reading store gets (ClaimGraphStore.openForReading).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(ClaimGraphStore.readerCacheKibibytes)") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.inDatabase { db in
            let choices = try choices ?? Choices.pick(in: db)
            // What the CLI does by default (the first page; a node budget), and the whole answer
            // (`--limit 0`) as rows of their own, so neither passes for the other.
            func boardEntries(_ result: LeaderboardQuery.Result) -> Int { result.boards.reduce(0) { $0 + $1.entries.count } }
            let cases: [(String, String, (Database) throws -> Int)] = [
                ("papers-on-dataset", "\(choices.dataset), first \(PapersQuery.defaultLimit)", {
                    try PapersQuery(datasets: [choices.dataset], limit: PapersQuery.defaultLimit).run($0).papers.count
                }),
                ("papers-on-dataset-all", "\(choices.dataset), --limit 0", {
                    try PapersQuery(datasets: [choices.dataset]).run($0).papers.count
                }),
                ("leaderboard", "\(choices.dataset), top \(LeaderboardQuery.defaultLimit) of \(LeaderboardQuery.defaultBoardLimit) boards", {
                    try boardEntries(LeaderboardQuery(
                        dataset: choices.dataset, limit: LeaderboardQuery.defaultLimit, boardLimit: LeaderboardQuery.defaultBoardLimit).run($0))
                }),
                ("leaderboard-all", "\(choices.dataset), --limit 0 --boards 0", {
                    try boardEntries(LeaderboardQuery(dataset: choices.dataset).run($0))
                }),
                ("compare", "\(choices.modelA) vs \(choices.modelB)", { try CompareQuery(.models(choices.modelA, choices.modelB)).run($0).rows.count }),
                ("conflicts", choices.dataset, { try ConflictsQuery(dataset: choices.dataset).run($0).values.count }),
                ("neighbors-depth-2", "\(choices.neighborsOf), --max-nodes \(GraphQuery.defaultMaxNodes)", { db in
                    try GraphQuery.neighborhood(
                        of: GraphQuery.node(named: choices.neighborsOf, in: db), depth: 2, kinds: nil,
                        maxNodes: GraphQuery.defaultMaxNodes, in: db).neighbors.count
                }),
                ("search", choices.search, { try SearchQuery.run(choices.search, limit: 20, highlight: ("[", "]"), in: $0).count }),
            ]
            var timings: [Timing] = []
            for (name, parameters, body) in cases {
                var statements: [String] = []
                db.trace(options: .statement) { event in
                    // Only what the question sends: SQLite also traces the statements FTS5 runs
                    // on its own tables ('main'.'paper_fts_idx' ...) and nested ones ("-- ...").
                    guard case .statement(let statement) = event else { return }
                    let sql = statement.expandedSQL
                    if sql.hasPrefix("--") || sql.contains("'main'.") { return }
                    statements.append(sql)
                }
                let first = DispatchTime.now().uptimeNanoseconds
                let answerSize = try body(db)
                db.trace(options: .statement, nil)
                // A question that takes over a second is warm after one run.
                let warmups = Double(DispatchTime.now().uptimeNanoseconds - first) > 1e9 ? 0 : warmup
                for _ in 0..<warmups { _ = try body(db) }
                var samples: [Double] = [], cpuSamples: [Double] = []
                samples.reserveCapacity(runs)
                var spent = 0.0
                while samples.count < runs, samples.isEmpty || spent < budgetSeconds * 1000 {
                    let start = DispatchTime.now().uptimeNanoseconds
                    let cpuStart = Self.cpuMilliseconds()
                    _ = try body(db)
                    cpuSamples.append(Self.cpuMilliseconds() - cpuStart)
                    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                    spent += samples.last!
                }
                timings.append(Timing(
                    name: name, parameters: parameters, answerSize: answerSize, runs: samples.count,
                    p50Milliseconds: Self.percentile(samples, 0.50), p99Milliseconds: Self.percentile(samples, 0.99),
                    cpuP50Milliseconds: Self.percentile(cpuSamples, 0.50), cpuP99Milliseconds: Self.percentile(cpuSamples, 0.99),
                    statements: statements))
            }
            return (choices, timings)
        }
    }

    /// CPU time used so far by this process (user + system), as the shell's `.timer` measures it.
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// Nearest-rank percentile.
    public static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[max(0, min(sorted.count - 1, rank - 1))]
    }
}

/// Problems running a benchmark.
public enum BenchError: Error, LocalizedError, Equatable {
    case tooSmall(String)

    public var errorDescription: String? {
        switch self {
        case .tooSmall(let reason): return "the database is too small to benchmark: \(reason); ingest more papers first"
        }
    }
}
