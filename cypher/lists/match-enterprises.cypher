// The enterprises a list may name: those with one of its 统一社会信用代码, or whose name or an alias is one of its names.
// Parameters: $codes, $names. Returns: id, name, aliases, creditCode.
MATCH (e:Enterprise)
WHERE e.creditCode IN $codes
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.creditCode AS creditCode
UNION
MATCH (e:Enterprise)
WHERE e.name IN $names OR any(a IN coalesce(e.aliases, []) WHERE a IN $names)
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.creditCode AS creditCode
