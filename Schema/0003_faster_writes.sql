-- Two changes that make writing papers, mentions and claims cheaper; neither changes what the
-- database holds or means.
--
-- 1. CHECK constraints without IN lists.
--
-- SQLite 3.40 checks `x IN ('a', 'b', 'c')` (three values or more) by building a temporary
-- b-tree of the list, every time a row is written: for mention, claim and alias that was about
-- a third of ingest's writing (docs/BENCHMARKS.md). The same conditions written as OR chains
-- are checked in place. SQLite cannot change a CHECK constraint in place, so the three tables
-- are rebuilt (https://www.sqlite.org/lang_altertable.html#otheralter): the old table renamed
-- away, the new one created under its name, rows copied, the old one dropped with its indexes,
-- the indexes created again. `legacy_alter_table` keeps the renames from rewriting the `edge`
-- view, which names the tables and reads the rebuilt ones unchanged. GRDB's migrator runs this
-- with foreign keys off and checks them all before it commits.
PRAGMA legacy_alter_table = ON;

ALTER TABLE alias RENAME TO alias_before_0003;
CREATE TABLE alias (
    entity_id   INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    surface     TEXT NOT NULL CHECK (length(surface) > 0),
    surface_key TEXT NOT NULL CHECK (length(surface_key) > 0),
    origin      TEXT NOT NULL CHECK (origin = 'gazetteer' OR origin = 'extracted' OR origin = 'imported' OR origin = 'user'),
    PRIMARY KEY (entity_id, surface_key)
) STRICT;
INSERT INTO alias SELECT entity_id, surface, surface_key, origin FROM alias_before_0003;
DROP TABLE alias_before_0003;
CREATE INDEX alias_by_key ON alias(surface_key);

ALTER TABLE mention RENAME TO mention_before_0003;
CREATE TABLE mention (
    id         INTEGER PRIMARY KEY,
    paper_id   TEXT NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role = 'evaluated' OR role = 'trained' OR role = 'introduced' OR role = 'mentioned'
                                    OR role = 'proposed' OR role = 'baseline' OR role = 'backbone'),
    surface    TEXT NOT NULL,
    field      TEXT NOT NULL CHECK (field = 'title' OR field = 'abstract'),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end > span_start),
    rule       TEXT NOT NULL,
    UNIQUE (paper_id, entity_id, field, span_start)
) STRICT;
INSERT INTO mention SELECT id, paper_id, entity_id, role, surface, field, span_start, span_end, rule FROM mention_before_0003;
DROP TABLE mention_before_0003;
CREATE INDEX mention_by_entity ON mention(entity_id, paper_id);

ALTER TABLE claim RENAME TO claim_before_0003;
CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    paper_id       TEXT REFERENCES paper(id) ON DELETE CASCADE,
    model_id       INTEGER REFERENCES entity(id),
    dataset_id     INTEGER REFERENCES entity(id),
    split          TEXT,
    metric_id      INTEGER REFERENCES entity(id),
    value          REAL NOT NULL,
    value_max      REAL CHECK (value_max IS NULL OR value_max >= value),
    unit           TEXT CHECK (unit = '%' OR unit = 'points' OR unit = 'x'),
    kind           TEXT NOT NULL CHECK (kind = 'absolute' OR kind = 'delta' OR kind = 'relative'),
    baseline_id    INTEGER REFERENCES entity(id),
    setting        TEXT,
    evidence       TEXT NOT NULL,
    evidence_field TEXT CHECK (evidence_field = 'title' OR evidence_field = 'abstract'),
    evidence_start INTEGER CHECK (evidence_start >= 0),
    evidence_end   INTEGER CHECK (evidence_end >= evidence_start),
    source         TEXT NOT NULL CHECK (source = 'extracted' OR source = 'imported'),
    -- for imported claims: the file and the record path or line within it
    source_file    TEXT,
    source_record  TEXT,
    raw_text       TEXT NOT NULL,
    rule           TEXT NOT NULL,
    -- what makes a claim the same claim when its source is read again
    fingerprint    TEXT NOT NULL UNIQUE,
    CHECK (source = 'imported' OR paper_id IS NOT NULL)
) STRICT;
INSERT INTO claim
SELECT id, paper_id, model_id, dataset_id, split, metric_id, value, value_max, unit, kind, baseline_id, setting,
    evidence, evidence_field, evidence_start, evidence_end, source, source_file, source_record, raw_text, rule, fingerprint
FROM claim_before_0003;
DROP TABLE claim_before_0003;
CREATE INDEX claim_by_paper ON claim(paper_id);
CREATE INDEX claim_by_dataset ON claim(dataset_id, metric_id, split);
CREATE INDEX claim_by_model ON claim(model_id, dataset_id);
CREATE INDEX claim_by_baseline ON claim(baseline_id) WHERE baseline_id IS NOT NULL;
CREATE INDEX claim_by_metric ON claim(metric_id);

PRAGMA legacy_alter_table = OFF;

-- 2. Full-text indexing a batch at a time.
--
-- FTS5 (SQLite 3.40) writes its pending terms out as a new index segment at every statement
-- savepoint, so 0001's per-row trigger built the index one paper per segment and merged the
-- segments again and again: a fifth of the raw insert floor, and growing with the corpus
-- (docs/BENCHMARKS.md, profile 5). A writer adding many papers in one transaction now records
-- the first new rowid in `paper_fts_pending`; while that row exists, papers from that rowid on
-- are left out of the index one by one, and the writer indexes them all with one statement and
-- deletes the row before it commits (`PaperTextIndex` in ClaimGraphStore), so no other
-- connection ever sees a pending row. Every other writer, and every paper before the first
-- pending rowid, is indexed by the triggers as before.
CREATE TABLE paper_fts_pending (
    singleton   INTEGER PRIMARY KEY CHECK (singleton = 1),
    first_rowid INTEGER NOT NULL
) STRICT;

DROP TRIGGER paper_fts_insert;
DROP TRIGGER paper_fts_delete;
DROP TRIGGER paper_fts_update;

CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper
WHEN NOT EXISTS (SELECT 1 FROM paper_fts_pending WHERE new.rowid >= first_rowid)
BEGIN
    INSERT INTO paper_fts(rowid, title, abstract) VALUES (new.rowid, new.title, new.abstract);
END;

-- A pending paper is not in the index yet: there is nothing to take out, and taking out terms
-- that were never put in would corrupt the index.
CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper
WHEN NOT EXISTS (SELECT 1 FROM paper_fts_pending WHERE old.rowid >= first_rowid)
BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract) VALUES ('delete', old.rowid, old.title, old.abstract);
END;

-- Only the indexed columns matter; a pending paper is indexed with its final text when the
-- batch ends.
CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract ON paper
WHEN NOT EXISTS (SELECT 1 FROM paper_fts_pending WHERE old.rowid >= first_rowid)
BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract) VALUES ('delete', old.rowid, old.title, old.abstract);
    INSERT INTO paper_fts(rowid, title, abstract) VALUES (new.rowid, new.title, new.abstract);
END;
