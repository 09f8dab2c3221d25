-- title: Improvements over named baselines
-- description: Delta and relative claims that name the model they beat, largest first.
SELECT mo.name AS model, b.name AS baseline, d.name AS dataset, mt.name AS metric, c.value, c.unit, c.kind,
    c.paper_id AS paper, c.evidence
FROM claim c
JOIN entity b ON b.id = c.baseline_id
LEFT JOIN entity mo ON mo.id = c.model_id
LEFT JOIN entity d ON d.id = c.dataset_id
LEFT JOIN entity mt ON mt.id = c.metric_id
WHERE c.kind IN ('delta', 'relative')
ORDER BY c.value DESC, c.paper_id, c.id;
