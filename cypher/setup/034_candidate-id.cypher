// Unique id of a review candidate (Candidate: a fact extracted from an ingested article, waiting for an editor).
CREATE CONSTRAINT candidate_id IF NOT EXISTS FOR (n:Candidate) REQUIRE n.id IS UNIQUE
