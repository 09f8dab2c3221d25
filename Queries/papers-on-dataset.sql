-- title: Papers that report on a dataset
-- description: Papers with results on a dataset or benchmark (by any alias), members of a suite included.
WITH target AS (
    SELECT e.id FROM entity e
    WHERE e.kind IN ('dataset', 'benchmark')
      AND (e.name = :dataset COLLATE NOCASE OR e.id IN (SELECT entity_id FROM alias WHERE surface = :dataset COLLATE NOCASE))
    UNION
    SELECT sm.member_id FROM suite_member sm JOIN entity e ON e.id = sm.suite_id
    WHERE e.name = :dataset COLLATE NOCASE OR e.id IN (SELECT entity_id FROM alias WHERE surface = :dataset COLLATE NOCASE)
)
SELECT p.id, p.title,
    (SELECT COUNT(*) FROM claim c WHERE c.paper_id = p.id AND c.dataset_id IN (SELECT id FROM target)) AS claims
FROM paper p
WHERE p.id IN (SELECT paper_id FROM mention WHERE entity_id IN (SELECT id FROM target) AND role IN ('evaluated', 'introduced'))
   OR p.id IN (SELECT paper_id FROM claim WHERE dataset_id IN (SELECT id FROM target))
ORDER BY p.title COLLATE NOCASE, p.id;
