import GRDB

// Ingest's hot path writes several mentions and claims a paper. Through GRDB's Codable record
// encoding these inserts cost more than SQLite's own work (docs/BENCHMARKS.md has the
// profile), so they go through cached statements with their columns spelled out.

extension MentionRow {
    /// `insert(db, onConflict: .ignore)`, through a cached statement.
    func insertIgnoringConflicts(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO mention (paper_id, entity_id, role, surface, field, span_start, span_end, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [paperId, entityId, role, surface, field, spanStart, spanEnd, rule])
    }
}

extension ClaimRow {
    /// `insert(db, onConflict: .ignore)`, through a cached statement.
    func insertIgnoringConflicts(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO claim (paper_id, model_id, dataset_id, split, metric_id, value, value_max, unit, kind,
                baseline_id, setting, evidence, evidence_field, evidence_start, evidence_end, source, source_file,
                source_record, raw_text, rule, fingerprint)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                paperId, modelId, datasetId, split, metricId, value, valueMax, unit, kind,
                baselineId, setting, evidence, evidenceField, evidenceStart, evidenceEnd, source, sourceFile,
                sourceRecord, rawText, rule, fingerprint,
            ])
    }
}

extension PaperRow {
    /// `insert(db)`, through a cached statement.
    func insertNew(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO paper (id, title, abstract, published, url, authors, source_file, source_line, content_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, title, abstract, published, url, authors, sourceFile, sourceLine, contentHash])
    }

    /// `update(db)` of every column, through a cached statement.
    func updateAll(_ db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE paper SET title = ?, abstract = ?, published = ?, url = ?, authors = ?, source_file = ?,
                source_line = ?, content_hash = ?
            WHERE id = ?
            """).execute(arguments: [title, abstract, published, url, authors, sourceFile, sourceLine, contentHash, id])
    }
}
