// Text index for one-character and CONTAINS lookups on Park names (bigrams cannot match one character).
CREATE TEXT INDEX park_name_text IF NOT EXISTS FOR (n:Park) ON (n.name)
