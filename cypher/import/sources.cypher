// One node per article: id, title (titleGiven false when the article has no headline and the title is
// ours), published (a partial date; absent when unknown), origin, file, and its paragraph, sentence and
// caption counts. Properties the row leaves out are removed from the node.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row
