CREATE INDEX alias_by_key ON alias(surface_key);

CREATE INDEX claim_by_baseline ON claim(baseline_id) WHERE baseline_id IS NOT NULL;

CREATE INDEX claim_by_dataset_board ON claim(dataset_id, kind, metric_id, split, setting, model_id, value, unit, paper_id);

CREATE INDEX claim_by_metric ON claim(metric_id);

CREATE INDEX claim_by_model_board ON claim(model_id, kind, dataset_id, metric_id, split, setting, value, unit, baseline_id, paper_id);

CREATE INDEX claim_by_paper ON claim(paper_id);

CREATE INDEX mention_by_entity_role ON mention(entity_id, paper_id, role);

CREATE INDEX suite_member_by_member ON suite_member(member_id);

CREATE TABLE alias (
    entity_id   INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    surface     TEXT NOT NULL CHECK (length(surface) > 0),
    surface_key TEXT NOT NULL CHECK (length(surface_key) > 0),
    origin      TEXT NOT NULL CHECK (origin = 'gazetteer' OR origin = 'extracted' OR origin = 'imported' OR origin = 'user'),
    PRIMARY KEY (entity_id, surface_key)
) STRICT;

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

CREATE VIRTUAL TABLE paper_fts USING fts5(
    title, abstract, content='paper', content_rowid='rowid', tokenize='porter unicode61'
);

CREATE TABLE suite_member (
    suite_id  INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    PRIMARY KEY (suite_id, member_id),
    CHECK (suite_id <> member_id)
) STRICT;

CREATE VIEW edge AS
-- paper reports-on / trained-on / introduces / mentions a dataset or benchmark;
-- paper proposes / compares-with (baseline) / builds-on (backbone) / mentions a model
SELECT DISTINCT
    'paper' AS source_kind, p.id AS source_id, p.title AS source_name,
    CASE m.role
        WHEN 'evaluated'  THEN 'reports-on'
        WHEN 'trained'    THEN 'trained-on'
        WHEN 'introduced' THEN 'introduces'
        WHEN 'proposed'   THEN 'proposes'
        WHEN 'baseline'   THEN 'compares-with'
        WHEN 'backbone'   THEN 'builds-on'
        ELSE 'mentions'
    END AS relation,
    e.kind AS target_kind, CAST(e.id AS TEXT) AS target_id, e.name AS target_name,
    NULL AS claim_id
FROM mention m
JOIN paper p ON p.id = m.paper_id
JOIN entity e ON e.id = m.entity_id
UNION ALL
-- dataset part-of benchmark
SELECT e.kind, CAST(e.id AS TEXT), e.name, 'part-of', s.kind, CAST(s.id AS TEXT), s.name, NULL
FROM suite_member sm
JOIN entity e ON e.id = sm.member_id
JOIN entity s ON s.id = sm.suite_id
UNION ALL
-- model evaluated-on dataset, one edge per claim
SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'evaluated-on', d.kind, CAST(d.id AS TEXT), d.name, c.id
FROM claim c
JOIN entity mo ON mo.id = c.model_id
JOIN entity d ON d.id = c.dataset_id
UNION ALL
-- model compared-with its baseline, one edge per claim
SELECT mo.kind, CAST(mo.id AS TEXT), mo.name, 'compared-with', b.kind, CAST(b.id AS TEXT), b.name, c.id
FROM claim c
JOIN entity mo ON mo.id = c.model_id
JOIN entity b ON b.id = c.baseline_id
UNION ALL
-- dataset measured-by metric, one edge per claim
SELECT d.kind, CAST(d.id AS TEXT), d.name, 'measured-by', mt.kind, CAST(mt.id AS TEXT), mt.name, c.id
FROM claim c
JOIN entity d ON d.id = c.dataset_id
JOIN entity mt ON mt.id = c.metric_id
UNION ALL
-- paper claims a result for a model (imported claims without a paper have no such edge)
SELECT DISTINCT 'paper', p.id, p.title, 'reports-result-of', mo.kind, CAST(mo.id AS TEXT), mo.name, NULL
FROM claim c
JOIN paper p ON p.id = c.paper_id
JOIN entity mo ON mo.id = c.model_id;
