-- Covering indexes for the interactive questions (papers on a dataset, leaderboards, compare,
-- conflicts), so each reads narrow index entries instead of claim and mention rows, and a
-- first page needs no row outside the index. Each replaces an index of 0001 whose columns are
-- its prefix, so ingest still maintains the same number of indexes.

-- papers: a dataset's mentions in a role, in paper order.
DROP INDEX IF EXISTS mention_by_entity;
CREATE INDEX mention_by_entity_role ON mention(entity_id, paper_id, role);

-- leaderboard, conflicts, papers: a dataset's claims by kind and board (metric, split, setting),
-- with what ranking needs (model, value, unit) and where each claim comes from.
DROP INDEX IF EXISTS claim_by_dataset;
CREATE INDEX claim_by_dataset_board ON claim(dataset_id, kind, metric_id, split, setting, model_id, value, unit, paper_id);

-- compare, conflicts: a model's claims by kind and board, with the baseline of delta claims.
DROP INDEX IF EXISTS claim_by_model;
CREATE INDEX claim_by_model_board ON claim(model_id, kind, dataset_id, metric_id, split, setting, value, unit, baseline_id, paper_id);
