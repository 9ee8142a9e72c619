// Range index for 三个一批 periods (kind, period).
CREATE INDEX event_kind_period IF NOT EXISTS FOR (n:Event) ON (n.kind, n.period)
