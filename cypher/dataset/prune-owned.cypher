// Removes relationships an imported record no longer has (its owned types not in the new set).
// Parameters: $owners [{uid, types, keep}]. Returns: removed (count).
UNWIND $owners AS o
MATCH (n:Entity {uid: o.uid})-[r]->()
WHERE type(r) IN o.types AND NOT r.key IN o.keep
DELETE r
RETURN count(r) AS removed
