// 统一社会信用代码 names at most one enterprise: list imports match and MERGE on it.
CREATE CONSTRAINT enterprise_credit_code IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.creditCode IS UNIQUE
