// Stops the database work of one API request that gave up (its deadline passed, the client went
// away, or another part of the request failed), so abandoned queries do not hold the database.
// Parameters: $request (the request id each of its transactions carries in its metadata).
// Returns: transactionId, message (one row per terminated transaction).
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.request = $request
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS terminated, message
RETURN terminated AS transactionId, message
