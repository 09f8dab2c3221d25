-- The graph as one relation over the typed tables, so the exporter and path queries read
-- a single view. A node is (kind, id): kind 'paper' with the paper id, or an entity kind
-- with the entity id as text.
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
