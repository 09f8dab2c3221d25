-- title: Claims that name no dataset
-- description: Numbers reported as results without a dataset: candidates for review or an alias.
SELECT c.paper_id AS paper, mo.name AS model, mt.name AS metric, c.value, c.unit, c.kind, c.evidence
FROM claim c
LEFT JOIN entity mo ON mo.id = c.model_id
LEFT JOIN entity mt ON mt.id = c.metric_id
WHERE c.dataset_id IS NULL
ORDER BY c.paper_id, c.evidence_start, c.id;
