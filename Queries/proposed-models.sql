-- title: Methods papers propose
-- description: Each paper's own named method, with how many claims the paper reports for it.
SELECT e.name AS model, p.id AS paper, p.title,
    (SELECT COUNT(*) FROM claim c WHERE c.paper_id = p.id AND c.model_id = e.id) AS claims
FROM mention m
JOIN entity e ON e.id = m.entity_id
JOIN paper p ON p.id = m.paper_id
WHERE m.role = 'proposed'
GROUP BY e.id, p.id
ORDER BY e.name COLLATE NOCASE, p.id;
