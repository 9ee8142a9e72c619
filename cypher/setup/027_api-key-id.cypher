// Unique public id of an API key (ApiKey: the part of the key shown in lists and used to revoke).
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE
