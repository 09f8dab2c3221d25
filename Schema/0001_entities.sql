-- The entity layer: papers, the named things they talk about, and the claims they make.
-- Plain SQLite; every table STRICT, every relation a foreign key.

-- A paper. `id` is its arXiv id when known, else a slug of its normalised title.
CREATE TABLE paper (
    id           TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
    title        TEXT NOT NULL CHECK (length(title) > 0),
    abstract     TEXT NOT NULL,
    published    TEXT,
    url          TEXT,
    authors      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors)),
    source_file  TEXT NOT NULL,
    source_line  INTEGER CHECK (source_line > 0),
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64)
) STRICT;

-- A named thing: a dataset, a benchmark suite (GLUE contains MNLI ...), a model, a metric, a task.
CREATE TABLE entity (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('dataset', 'benchmark', 'model', 'metric', 'task')),
    name      TEXT NOT NULL CHECK (length(name) > 0),
    -- name lower-cased with everything but letters and digits removed: what aliases match on
    name_key  TEXT NOT NULL CHECK (length(name_key) > 0),
    -- metrics only: whether a larger value is better, and whether values are percentages
    direction TEXT CHECK (direction IN ('higher', 'lower')),
    scale     TEXT CHECK (scale IN ('percent', 'raw')),
    CHECK (kind = 'metric' OR (direction IS NULL AND scale IS NULL)),
    UNIQUE (kind, name_key)
) STRICT;

-- Surface forms of an entity ("IN-1K", "ImageNet-1k" for ImageNet-1K), matched by `surface_key`.
CREATE TABLE alias (
    entity_id   INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    surface     TEXT NOT NULL CHECK (length(surface) > 0),
    surface_key TEXT NOT NULL CHECK (length(surface_key) > 0),
    origin      TEXT NOT NULL CHECK (origin IN ('gazetteer', 'extracted', 'imported', 'user')),
    PRIMARY KEY (entity_id, surface_key)
) STRICT;
CREATE INDEX alias_by_key ON alias(surface_key);

-- A benchmark suite and its members: dataset part-of benchmark.
CREATE TABLE suite_member (
    suite_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    PRIMARY KEY (suite_id, member_id),
    CHECK (suite_id <> member_id)
) STRICT;
CREATE INDEX suite_member_by_member ON suite_member(member_id);

-- Where a paper names an entity, and in what role.
CREATE TABLE mention (
    id         INTEGER PRIMARY KEY,
    paper_id   TEXT NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    entity_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('evaluated', 'trained', 'introduced', 'mentioned',
                                             'proposed', 'baseline', 'backbone')),
    surface    TEXT NOT NULL,
    field      TEXT NOT NULL CHECK (field IN ('title', 'abstract')),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end > span_start),
    rule       TEXT NOT NULL,
    UNIQUE (paper_id, entity_id, field, span_start)
) STRICT;
CREATE INDEX mention_by_entity ON mention(entity_id, paper_id);

-- A number reported as a result. Extracted from a paper's text or imported from a results file.
CREATE TABLE claim (
    id             INTEGER PRIMARY KEY,
    paper_id       TEXT REFERENCES paper(id) ON DELETE CASCADE,
    model_id       INTEGER REFERENCES entity(id),
    dataset_id     INTEGER REFERENCES entity(id),
    split          TEXT,
    metric_id      INTEGER REFERENCES entity(id),
    value          REAL NOT NULL,
    value_max      REAL CHECK (value_max IS NULL OR value_max >= value),
    unit           TEXT CHECK (unit IN ('%', 'points', 'x')),
    kind           TEXT NOT NULL CHECK (kind IN ('absolute', 'delta', 'relative')),
    baseline_id    INTEGER REFERENCES entity(id),
    setting        TEXT,
    evidence       TEXT NOT NULL,
    evidence_field TEXT CHECK (evidence_field IN ('title', 'abstract')),
    evidence_start INTEGER CHECK (evidence_start >= 0),
    evidence_end   INTEGER CHECK (evidence_end >= evidence_start),
    source         TEXT NOT NULL CHECK (source IN ('extracted', 'imported')),
    -- for imported claims: the file and the record path or line within it
    source_file    TEXT,
    source_record  TEXT,
    raw_text       TEXT NOT NULL,
    rule           TEXT NOT NULL,
    -- what makes a claim the same claim when its source is read again
    fingerprint    TEXT NOT NULL UNIQUE,
    CHECK (source = 'imported' OR paper_id IS NOT NULL)
) STRICT;
CREATE INDEX claim_by_paper ON claim(paper_id);
CREATE INDEX claim_by_dataset ON claim(dataset_id, metric_id, split);
CREATE INDEX claim_by_model ON claim(model_id, dataset_id);
CREATE INDEX claim_by_baseline ON claim(baseline_id) WHERE baseline_id IS NOT NULL;
CREATE INDEX claim_by_metric ON claim(metric_id);

-- Full-text search over titles and abstracts, kept in step by triggers.
CREATE VIRTUAL TABLE paper_fts USING fts5(
    title, abstract, content='paper', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper BEGIN
    INSERT INTO paper_fts(rowid, title, abstract) VALUES (new.rowid, new.title, new.abstract);
END;
CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract) VALUES ('delete', old.rowid, old.title, old.abstract);
END;
CREATE TRIGGER paper_fts_update AFTER UPDATE ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract) VALUES ('delete', old.rowid, old.title, old.abstract);
    INSERT INTO paper_fts(rowid, title, abstract) VALUES (new.rowid, new.title, new.abstract);
END;
