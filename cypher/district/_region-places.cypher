// Fragment: binds `places`, the region's districts (itself and every sub-region) and their parks,
// for each region id in `regionId`. Presence "in a region" means located in one of these places.
MATCH (r:District {id: regionId})
WITH *, COLLECT { MATCH (d:District)-[:WITHIN*0..]->(r) RETURN d } AS regionDistricts
WITH *, regionDistricts + COLLECT { UNWIND regionDistricts AS d MATCH (k:Park)-[:IN_DISTRICT]->(d) RETURN k } AS places
