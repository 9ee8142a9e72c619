// Range index for filtering projects by status (签约 / 开工 / 投产).
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status)
