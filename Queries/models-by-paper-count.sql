-- title: Models by number of papers
-- description: Models ranked by how many papers mention or report them, with their claim counts.
-- default: limit=50
SELECT e.name AS model,
    COUNT(DISTINCT m.paper_id) AS papers,
    (SELECT COUNT(*) FROM claim c WHERE c.model_id = e.id) AS claims,
    (SELECT COUNT(*) FROM claim c WHERE c.baseline_id = e.id) AS times_as_baseline
FROM entity e
LEFT JOIN mention m ON m.entity_id = e.id
WHERE e.kind = 'model'
GROUP BY e.id
ORDER BY papers DESC, claims DESC, e.name COLLATE NOCASE, e.id
LIMIT :limit;
