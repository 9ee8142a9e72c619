// Waits until every index is online (after setup or a bulk import), so searches see all data.
// Parameters: none. Returns: nothing.
CALL db.awaitIndexes(300)
