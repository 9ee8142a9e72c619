// The DBMS name, version and edition, for the databaseInfo query.
// Parameters: none. Returns: name, versions (list), edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
