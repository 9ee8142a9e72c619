// Text index for one-character and CONTAINS lookups on Project names (bigrams cannot match one character).
CREATE TEXT INDEX project_name_text IF NOT EXISTS FOR (n:Project) ON (n.name)
