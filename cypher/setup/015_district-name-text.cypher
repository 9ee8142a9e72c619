// Text index for one-character and CONTAINS lookups on District names (bigrams cannot match one character).
CREATE TEXT INDEX district_name_text IF NOT EXISTS FOR (n:District) ON (n.name)
