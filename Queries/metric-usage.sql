-- title: How metrics are used
-- description: Each metric with its direction, the number of claims and the datasets it is reported on.
SELECT mt.name AS metric, mt.direction, COUNT(c.id) AS claims,
    COUNT(DISTINCT c.dataset_id) AS datasets, COUNT(DISTINCT c.paper_id) AS papers
FROM entity mt
LEFT JOIN claim c ON c.metric_id = mt.id
WHERE mt.kind = 'metric'
GROUP BY mt.id
ORDER BY claims DESC, mt.name COLLATE NOCASE, mt.id;
