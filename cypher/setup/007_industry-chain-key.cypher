// Unique key of every IndustryChain node: imports MERGE on it.
CREATE CONSTRAINT industry_chain_id IF NOT EXISTS FOR (n:IndustryChain) REQUIRE n.id IS UNIQUE
