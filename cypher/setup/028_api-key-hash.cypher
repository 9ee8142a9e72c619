// Unique SHA-256 hash of an API key: the only form in which a key's secret is stored, and how a
// request's key is found.
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.hash IS UNIQUE
