import ClaimGraphCorpus
import ClaimGraphStore
import Foundation
import GRDB

/// The floor under ingest: the same papers read by the same reader and their `paper` rows
/// inserted with one prepared statement in one transaction and indexed for full-text search as
/// ingest indexes them (a batch at a time), with no extraction, entities, mentions or claims.
/// What ingest costs above this is the price of extraction and the graph.
public enum RawFloor {
    /// Inserts every paper of a JSON Lines file into `store`; returns how many.
    public static func insert(jsonLines path: String, into store: ClaimGraphStore) throws -> Int {
        let stream = try PaperStream(path: path, format: .jsonl)
        return try store.writer.write { db in
            let statement = try db.makeStatement(sql: """
                INSERT INTO paper (id, title, abstract, published, url, authors, source_file, source_line, content_hash)
                VALUES (?, ?, ?, ?, ?, '[]', ?, ?, ?)
                """)
            try PaperTextIndex.deferIndexing(db)
            var count = 0
            while let paper = try stream.nextPaper(skipping: { throw $0 }) {
                try statement.execute(arguments: [
                    PaperIdentity.id(for: paper), paper.title, paper.abstract, paper.date, paper.url,
                    paper.location.file, paper.location.line,
                    PaperIdentity.contentHash(title: paper.title, abstract: paper.abstract),
                ])
                count += 1
            }
            try PaperTextIndex.indexPending(db)
            return count
        }
    }
}
