// Liveness probe of the database: answers when a read transaction can run.
// Parameters: none. Returns: ok (1).
RETURN 1 AS ok
