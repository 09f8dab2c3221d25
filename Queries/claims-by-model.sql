-- title: Every claim about a model
-- description: All results reported for one model (by name or alias), with dataset, metric and evidence.
SELECT d.name AS dataset, c.split, mt.name AS metric, c.value, c.unit, c.kind, b.name AS baseline,
    c.setting, COALESCE(c.paper_id, c.source_file) AS source, c.evidence
FROM claim c
JOIN entity mo ON mo.id = c.model_id
LEFT JOIN entity d ON d.id = c.dataset_id
LEFT JOIN entity mt ON mt.id = c.metric_id
LEFT JOIN entity b ON b.id = c.baseline_id
WHERE mo.id IN (SELECT entity_id FROM alias WHERE surface = :model COLLATE NOCASE)
   OR mo.name = :model COLLATE NOCASE
ORDER BY d.name COLLATE NOCASE, mt.name COLLATE NOCASE, c.split, c.value DESC, c.id;
