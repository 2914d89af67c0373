// Every entity's names, for resolving what users type (names, aliases) to ids.
MATCH (n:Entity)
RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Entity'] AS labels,
       coalesce(n.aliases, []) AS aliases
ORDER BY n.id
