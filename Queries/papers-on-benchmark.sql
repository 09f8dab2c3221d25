-- title: Papers per benchmark suite
-- description: For each benchmark suite, how many papers report on it or on one of its members.
SELECT s.name AS benchmark,
    COUNT(DISTINCT m.paper_id) AS papers,
    group_concat(DISTINCT d.name) AS members_reported
FROM entity s
JOIN suite_member sm ON sm.suite_id = s.id
JOIN entity d ON d.id = sm.member_id
JOIN mention m ON m.entity_id IN (s.id, d.id) AND m.role IN ('evaluated', 'introduced')
WHERE s.kind = 'benchmark'
GROUP BY s.id
ORDER BY papers DESC, s.name COLLATE NOCASE, s.id;
