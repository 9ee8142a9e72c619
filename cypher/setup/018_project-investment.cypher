// Range index for investment-range filters on projects (亿元).
CREATE INDEX project_investment IF NOT EXISTS FOR (n:Project) ON (n.totalInvestmentYi)
