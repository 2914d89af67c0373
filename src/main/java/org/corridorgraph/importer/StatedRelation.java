package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.corridorgraph.corpus.Sentence;
import org.corridorgraph.seed.Kind;
import org.corridorgraph.seed.ValidatedStatement;

/**
 * One relationship of the graph: the statements, one per source, that say the same thing (same
 * subject, type, object and properties). Two articles stating one relation corroborate it; answers
 * then show it once, citing both. The validator has already refused two such statements from one
 * source, so each source appears here once.
 *
 * @param statements article statements by id, then the background statement if there is one: the
 *                   order of the relationship's statements, sources, kinds, anchors and evidence
 */
public record StatedRelation(String type, String subject, String object, Map<String, Object> props,
                             List<ValidatedStatement> statements) {
    /**
     * Which kind a corroborated relation keeps: what an article asserts outweighs what it reports a
     * speaker saying, which outweighs the author's own analysis.
     */
    private static final List<Kind> STRONGEST_FIRST = List.of(Kind.FACT, Kind.REPORTED, Kind.ASSESSMENT);
    private static final Comparator<ValidatedStatement> ORDER =
            Comparator.comparing(ValidatedStatement::isBackground).thenComparing(ValidatedStatement::id);

    /** The statements grouped into relations, in the order of each relation's first statement. */
    public static List<StatedRelation> group(List<ValidatedStatement> statements) {
        Map<List<Object>, List<ValidatedStatement>> groups = new LinkedHashMap<>();
        for (ValidatedStatement st : statements) {
            groups.computeIfAbsent(List.of(st.type(), st.subject(), st.object(), new TreeMap<>(st.props())), k -> new ArrayList<>()).add(st);
        }
        List<StatedRelation> relations = new ArrayList<>(groups.size());
        for (List<ValidatedStatement> group : groups.values()) {
            ValidatedStatement first = group.get(0);
            List<ValidatedStatement> ordered = group.stream().sorted(ORDER).toList();
            relations.add(new StatedRelation(first.type(), first.subject(), first.object(), first.props(), ordered));
        }
        return List.copyOf(relations);
    }

    /** The relationship's statementId: its first article statement, else its background statement. */
    public String id() {
        return statements.get(0).id();
    }

    // loops, not streams, in the methods here: they run for each of a million relationships while an import writes them

    public List<String> ids() {
        return each(ValidatedStatement::id);
    }

    /** Source ids, articles before background: one per statement, in the statements' order. */
    public List<String> sources() {
        return each(ValidatedStatement::source);
    }

    public List<String> kinds() {
        return each(s -> s.kind().value());
    }

    /** One value a statement, in the statements' order. */
    private List<String> each(Function<ValidatedStatement, String> value) {
        List<String> out = new ArrayList<>(statements.size());
        for (ValidatedStatement s : statements) {
            out.add(value.apply(s));
        }
        return out;
    }

    public Kind kind() {
        if (statements.size() == 1) {
            return statements.get(0).kind();
        }
        for (Kind k : STRONGEST_FIRST) {
            for (ValidatedStatement s : statements) {
                if (s.kind() == k) {
                    return k;
                }
            }
        }
        throw new IllegalStateException("relation " + id() + " has no statement of a known kind");
    }

    /** The speaker of the first statement of the kept kind, when that kind is reported; else null. */
    public String speaker() {
        Kind kind = kind();
        if (kind != Kind.REPORTED) {
            return null;
        }
        for (ValidatedStatement s : statements) {
            if (s.kind() == kind) {
                return s.speaker();
            }
        }
        return null;
    }

    public List<ValidatedStatement> articleStatements() {
        List<ValidatedStatement> out = new ArrayList<>(statements.size());
        for (ValidatedStatement s : statements) {
            if (!s.isBackground()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The background statement's reference, or null when no background fact states the relation. */
    public String reference() {
        for (ValidatedStatement s : statements) {
            if (s.isBackground()) {
                return s.reference();
            }
        }
        return null;
    }

    /** The sentence ids of every article statement, in the statements' order, each once. */
    public List<String> evidence() {
        if (statements.size() == 1) {
            List<Sentence> cited = statements.get(0).evidence();
            if (cited.size() == 1) {
                return List.of(cited.get(0).id());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        statements.forEach(s -> s.evidence().forEach(sentence -> ids.add(sentence.id())));
        return List.copyOf(ids);
    }
}
