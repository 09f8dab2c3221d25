import ClaimGraphCorpus
import ClaimGraphExtraction
import Dispatch
import Foundation
import GRDB

extension PaperIngestor {
    /// Papers a transaction: large enough that the index pages every batch dirties are written
    /// out seldom, small enough that two batches in memory stay around 100 MB.
    public static let defaultBatchSize = 10_000

    /// Ingests papers pulled from `next` until it returns nil, in transactions of `batchSize`
    /// papers, so an input of any size is written in bounded memory. A batch is prepared
    /// (extracted, hashed) on every core but one while the writer writes the batch before it on
    /// that one, and entities resolved in one batch are remembered for the next.
    ///
    /// Each batch is atomic; the whole run is not. An error (from `next`, or from the database)
    /// stops the run: batches committed before it stay, the one in progress is rolled back, and
    /// running the same input again completes the job (ingest is idempotent). Callers that must
    /// write nothing of a bad file read it through first (as `ingest` does).
    public func ingest(batchSize: Int = defaultBatchSize, from next: () throws -> PaperRecord?) throws -> IngestReport {
        let pipeline = IngestPipeline(ingestor: self, batchSize: max(1, batchSize))
        defer { pipeline.waitForWrites() }
        while let paper = try next() { try pipeline.add(paper) }
        return try pipeline.finish()
    }

    /// Ingests a sequence of papers in transactions of `batchSize`; see `ingest(batchSize:from:)`.
    public func ingest(stream papers: some Sequence<PaperRecord>, batchSize: Int = defaultBatchSize) throws -> IngestReport {
        var iterator = papers.makeIterator()
        return try ingest(batchSize: batchSize) { iterator.next() }
    }

    /// Prepares every paper (extraction, id, content hash), spreading the work over the
    /// machine's cores; order is kept. Whatever can be done before the write transaction is done
    /// here, since one thread writes and every other core waits for it.
    func prepareAll(_ papers: [PaperRecord], cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [PreparedPaper] {
        let extractor = self.extractor
        let workers = min(papers.count, max(1, cores))
        guard workers > 1 else { return papers.map { PreparedPaper($0, extractor: extractor) } }
        var results = [PreparedPaper?](repeating: nil, count: papers.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = SendableBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                // Interleaved, so long and short abstracts are shared out evenly.
                for index in stride(from: worker, to: papers.count, by: workers) {
                    slots.buffer[index] = PreparedPaper(papers[index], extractor: extractor)
                }
            }
        }
        return results.map { $0! }
    }

    /// Writes prepared papers in one transaction, resolving names through `cache`.
    func write(_ papers: [PreparedPaper], cache: EntityCache) throws -> IngestReport {
        do {
            return try store.writer.write { db in
                let resolver = EntityResolver(db: db, lexicon: extractor.lexicon, cache: cache)
                var report = IngestReport()
                try PaperTextIndex.deferIndexing(db)
                for paper in papers {
                    try write(paper, db: db, resolver: resolver, report: &report)
                }
                try PaperTextIndex.indexPending(db)
                report.entitiesAdded = resolver.createdCount
                return report
            }
        } catch let error as DatabaseError {
            // A full disk or a file made read-only meanwhile: the transaction was rolled back.
            throw ClaimGraphStore.translate(error, path: store.path)
        }
    }
}

/// Distinct indices of one buffer written from several threads; each index by one thread only.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// Two stages over batches: the caller's thread reads and prepares batch k+1 while a serial
/// writer queue commits batch k. At most one batch waits to be written, so memory stays at
/// about two batches whatever the input's size.
private final class IngestPipeline: @unchecked Sendable {
    private let ingestor: PaperIngestor
    private let batchSize: Int
    private var pending: [PaperRecord] = []
    private let writer = DispatchQueue(label: "claimgraph.ingest.writer")
    private let writing = DispatchGroup()
    // Written on the writer queue, read on the caller's after `writing.wait()`.
    private let cache = EntityCache()
    private var report = IngestReport()
    private var failure: Error?
    private var settings: (synchronous: Int, cacheSize: Int)?

    init(ingestor: PaperIngestor, batchSize: Int) {
        self.ingestor = ingestor
        self.batchSize = batchSize
        pending.reserveCapacity(batchSize)
    }

    func add(_ paper: PaperRecord) throws {
        pending.append(paper)
        if pending.count >= batchSize { try flush() }
    }

    func finish() throws -> IngestReport {
        if !pending.isEmpty { try flush() }
        waitForWrites()
        if let failure { throw failure }
        return report
    }

    func waitForWrites() {
        writing.wait()
        restoreSettings()
    }

    private func flush() throws {
        let papers = pending
        pending.removeAll(keepingCapacity: true)
        // One core is the writer's: the writer is the slower stage (SQLite's inserts cost more
        // than extraction), and a preparing thread on its core would only slow it down.
        let prepared = ingestor.prepareAll(papers, cores: ProcessInfo.processInfo.activeProcessorCount - 1)
        writing.wait()
        if let failure { throw failure }
        if settings == nil { try relaxSettings() }
        writing.enter()
        writer.async { [self] in
            defer { writing.leave() }
            do {
                report += try ingestor.write(prepared, cache: cache)
            } catch {
                failure = error
            }
        }
    }

    /// For the run: `synchronous = NORMAL` (in WAL mode a commit is then durable at the next
    /// checkpoint, never corrupt) and a 64 MiB page cache, since index pages are hit at random.
    private func relaxSettings() throws {
        settings = try ingestor.store.writer.writeWithoutTransaction { db in
            let old = (try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 2, try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            return old
        }
    }

    private func restoreSettings() {
        guard let settings else { return }
        self.settings = nil
        try? ingestor.store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = \(settings.synchronous)")
            try db.execute(sql: "PRAGMA cache_size = \(settings.cacheSize)")
        }
    }
}
