import GRDB

/// Full-text indexing of the papers one transaction adds, all at once (Schema/0003_faster_writes.sql).
/// Indexed one paper at a time, FTS5 writes a new index segment for every paper; indexed by one
/// statement, it writes a few large ones.
public enum PaperTextIndex {
    /// Papers inserted from now until `indexPending` are left out of the full-text index.
    /// Call inside the write transaction, before its first insert into `paper`.
    public static func deferIndexing(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO paper_fts_pending (singleton, first_rowid)
            SELECT 1, coalesce(max(rowid), 0) + 1 FROM paper
            """)
    }

    /// Indexes every paper inserted since `deferIndexing` and ends the deferral. Call inside the
    /// same transaction, after its last insert into `paper`: nothing pending may be committed.
    public static func indexPending(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO paper_fts (rowid, title, abstract)
            SELECT rowid, title, abstract FROM paper
            WHERE rowid >= (SELECT first_rowid FROM paper_fts_pending)
            ORDER BY rowid;
            DELETE FROM paper_fts_pending;
            """)
    }
}
