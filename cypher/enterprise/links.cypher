// Firm-to-firm links of each enterprise in both directions (supplier, partner, investor).
// Parameters: $keys [enterprise id]. Returns: key, node (other firm), type, outgoing, rel.
UNWIND $keys AS key
MATCH (e:Enterprise {id: key})-[r:SUPPLIES_TO|PARTNERS_WITH|INVESTED_BY]-(o:Enterprise)
RETURN key, properties(o) AS node, type(r) AS type, startNode(r) = e AS outgoing, properties(r) AS rel
ORDER BY type, o.name
