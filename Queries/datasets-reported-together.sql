-- title: Datasets reported together
-- description: Pairs of datasets that the same papers report on, most shared papers first.
-- default: min_papers=1
WITH reported AS (
    SELECT DISTINCT m.paper_id, m.entity_id FROM mention m JOIN entity e ON e.id = m.entity_id
    WHERE e.kind IN ('dataset', 'benchmark') AND m.role = 'evaluated'
)
SELECT a.name AS dataset, b.name AS other_dataset, COUNT(*) AS papers
FROM reported r1
JOIN reported r2 ON r2.paper_id = r1.paper_id AND r2.entity_id > r1.entity_id
JOIN entity a ON a.id = r1.entity_id
JOIN entity b ON b.id = r2.entity_id
GROUP BY r1.entity_id, r2.entity_id
HAVING COUNT(*) >= :min_papers
ORDER BY papers DESC, a.name COLLATE NOCASE, b.name COLLATE NOCASE;
