// Range index for filtering chain segments by stage (upstream / midstream / downstream).
CREATE INDEX segment_stage IF NOT EXISTS FOR (n:ChainSegment) ON (n.stage)
