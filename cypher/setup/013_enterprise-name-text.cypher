// Text index for one-character and CONTAINS lookups on Enterprise names (bigrams cannot match one character).
CREATE TEXT INDEX enterprise_name_text IF NOT EXISTS FOR (n:Enterprise) ON (n.name)
