import Foundation
import GRDB

/// Full-text search over titles and abstracts, with highlighted snippets.
public enum SearchQuery {
    public struct Hit: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var snippet: String
    }

    /// Every word of `text` must occur (stemmed); quotes and FTS5 operators in it are taken literally.
    public static func run(_ text: String, limit: Int, highlight: (open: String, close: String), in db: Database) throws -> [Hit] {
        let words = text.split { !$0.isLetter && !$0.isNumber }.map { "\"\($0)\"" }
        guard !words.isEmpty else { return [] }
        let match = words.joined(separator: " ")
        return try Row.fetchAll(db, sql: """
            SELECT p.id, p.title, snippet(paper_fts, 1, ?, ?, '…', 16) AS snippet
            FROM paper_fts JOIN paper p ON p.rowid = paper_fts.rowid
            WHERE paper_fts MATCH ?
            ORDER BY bm25(paper_fts), p.id
            LIMIT ?
            """, arguments: [highlight.open, highlight.close, match, limit]
        ).map { Hit(id: $0["id"], title: $0["title"], snippet: $0["snippet"]) }
    }
}
