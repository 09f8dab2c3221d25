-- title: Edges around an entity
-- description: Rows of the edge view that touch an entity (by exact name), as source, target and label; usable by export --query.
SELECT source_name AS source, source_kind, target_name AS target, target_kind, relation AS label
FROM edge
WHERE source_name = :name COLLATE NOCASE OR target_name = :name COLLATE NOCASE
GROUP BY source_kind, source_id, relation, target_kind, target_id
ORDER BY source_kind, source_name, relation, target_kind, target_name;
