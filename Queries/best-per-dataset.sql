-- title: Best reported result per dataset and metric
-- description: The top absolute claim for each dataset, metric and split, by the metric's direction.
WITH ranked AS (
    SELECT d.name AS dataset, mt.name AS metric, c.split, mo.name AS model, c.value, c.unit,
        COALESCE(c.paper_id, c.source_file) AS source, c.evidence,
        ROW_NUMBER() OVER (
            PARTITION BY c.dataset_id, c.metric_id, c.split
            ORDER BY CASE WHEN mt.direction = 'lower' THEN c.value ELSE -c.value END, c.id
        ) AS position
    FROM claim c
    JOIN entity d ON d.id = c.dataset_id
    JOIN entity mt ON mt.id = c.metric_id
    LEFT JOIN entity mo ON mo.id = c.model_id
    WHERE c.kind = 'absolute'
)
SELECT dataset, metric, split, model, value, unit, source, evidence
FROM ranked WHERE position = 1
ORDER BY dataset COLLATE NOCASE, metric COLLATE NOCASE, split, model;
