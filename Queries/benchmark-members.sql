-- title: Members of benchmark suites
-- description: Each suite (GLUE, SuperGLUE, MTEB, ...) known to the database with its member datasets.
SELECT s.name AS benchmark, d.name AS member, d.kind
FROM suite_member sm
JOIN entity s ON s.id = sm.suite_id
JOIN entity d ON d.id = sm.member_id
ORDER BY s.name COLLATE NOCASE, d.name COLLATE NOCASE, d.id;
