-- title: Datasets and benchmarks papers introduce
-- description: New datasets and benchmarks, with the paper that introduces each.
SELECT e.name AS dataset, e.kind, p.id AS paper, p.title
FROM mention m
JOIN entity e ON e.id = m.entity_id
JOIN paper p ON p.id = m.paper_id
WHERE m.role = 'introduced'
GROUP BY e.id, p.id
ORDER BY e.name COLLATE NOCASE, p.id;
