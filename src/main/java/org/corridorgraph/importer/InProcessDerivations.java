package org.corridorgraph.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.corridorgraph.seed.Schema;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

/**
 * The LEGs and HOPs that cypher/import/derive-carrier-legs, derive-border-legs and derive-hops
 * create, made through the Java API for the import into an empty store, so a fresh start plans none
 * of the three. A second definition of those files, kept equal to them by EmptyStoreImportTest's
 * checksum against the diffing import; Cypher's null rules are kept where a property can be absent
 * (an absent operand leaves the property unset).
 */
final class InProcessDerivations {
    private static final Label ENTITY = Label.label(Schema.ENTITY_LABEL);
    private static final Label STATE = Label.label("State");
    private static final RelationshipType STARTS_IN = RelationshipType.withName("STARTS_IN");
    private static final RelationshipType TRANSITS = RelationshipType.withName("TRANSITS");
    private static final RelationshipType ENDS_IN = RelationshipType.withName("ENDS_IN");
    private static final RelationshipType BORDERS = RelationshipType.withName("BORDERS");
    private static final RelationshipType LEG = RelationshipType.withName("LEG");
    private static final RelationshipType HOP = RelationshipType.withName("HOP");
    /** The types of the relationships made here, and only here. */
    static final RelationshipType[] TYPES = {LEG, HOP};
    private static final Comparator<Relationship> STOP_ORDER = Comparator
            .comparing(InProcessDerivations::position, Comparator.nullsLast(Comparator.<Double>naturalOrder()))
            .thenComparing(r -> (String) r.getProperty("statementId", null), Comparator.nullsLast(Comparator.<String>naturalOrder()));
    private static final Comparator<Relationship> LEG_ORDER = Comparator
            .comparing((Relationship l) -> (String) l.getProperty("carrierName", null), Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(l -> (String) l.getProperty("branch", null), Comparator.nullsLast(Comparator.<String>naturalOrder()));

    private InProcessDerivations() {
    }

    /** Creates the legs and hops; answers how many relationships it made. */
    static long apply(Transaction tx) {
        List<Relationship> legs = new ArrayList<>();
        try (ResourceIterator<Node> carriers = tx.findNodes(ENTITY)) {
            carriers.forEachRemaining(carrier -> carrierLegs(carrier, legs));
        }
        try (ResourceIterator<Node> states = tx.findNodes(STATE)) {
            states.forEachRemaining(a -> {
                for (Relationship r : a.getRelationships(Direction.OUTGOING, BORDERS)) {
                    if (r.getEndNode().hasLabel(STATE)) {
                        legs.add(borderLeg(a, r));
                    }
                }
            });
        }
        return legs.size() + hops(legs);
    }

    private static void carrierLegs(Node carrier, List<Relationship> legs) {
        List<Relationship> all = new ArrayList<>();
        carrier.getRelationships(Direction.OUTGOING, STARTS_IN, TRANSITS, ENDS_IN).forEach(all::add);
        if (all.isEmpty()) {
            return;
        }
        Set<String> branches = new LinkedHashSet<>();
        all.stream().filter(r -> r.isType(TRANSITS)).forEach(r -> branches.add((String) r.getProperty("branch", "")));
        for (String branch : branches.isEmpty() ? Set.of("") : branches) {
            List<Relationship> stops = all.stream()
                    .filter(r -> (!r.isType(TRANSITS) || branch.equals(r.getProperty("branch", ""))) && r.getEndNode().hasLabel(ENTITY))
                    .sorted(STOP_ORDER).toList();
            for (int i = 0; i + 1 < stops.size(); i++) {
                Relationship r1 = stops.get(i);
                Relationship r2 = stops.get(i + 1);
                Node here = r1.getEndNode();
                Node next = r2.getEndNode();
                if (here.equals(next)) {
                    continue;
                }
                Relationship leg = here.createRelationshipTo(next, LEG);
                leg.setProperty("mode", "carrier");
                set(leg, "carrierMode", carrier.getProperty("mode", null));
                set(leg, "carrier", carrier.getProperty("id", null));
                set(leg, "carrierName", carrier.getProperty("name", null));
                leg.setProperty("branch", branch);
                leg.setProperty("statements", union(statements(r1), statements(r2)));
                leg.setProperty("evidence", union(evidence(r1), evidence(r2)));
                set(leg, "background", or(isBackground(r1), isBackground(r2)));
                legs.add(leg);
            }
        }
    }

    private static Relationship borderLeg(Node a, Relationship border) {
        Relationship leg = a.createRelationshipTo(border.getEndNode(), LEG);
        leg.setProperty("mode", "border");
        leg.setProperty("carrierName", "land border");
        leg.setProperty("branch", "");
        leg.setProperty("statements", statements(border).toArray(String[]::new));
        leg.setProperty("evidence", evidence(border).toArray(String[]::new));
        set(leg, "background", isBackground(border));
        return leg;
    }

    private static int hops(List<Relationship> legs) {
        Map<List<Node>, List<Relationship>> byPair = new LinkedHashMap<>();
        for (Relationship l : legs) {
            Node a = l.getStartNode();
            Node b = l.getEndNode();
            if (!a.hasLabel(ENTITY) || !b.hasLabel(ENTITY) || !(a.getProperty("id", null) instanceof String ia)
                    || !(b.getProperty("id", null) instanceof String ib) || ia.equals(ib)) {
                continue;
            }
            List<Node> pair = ia.compareTo(ib) < 0 ? List.of(a, b) : List.of(b, a);
            byPair.computeIfAbsent(pair, p -> new ArrayList<>()).add(l);
        }
        byPair.forEach((pair, unordered) -> {
            List<Relationship> pairLegs = unordered.stream().sorted(LEG_ORDER).toList();
            List<Relationship> carrierLegs = pairLegs.stream().filter(l -> "carrier".equals(l.getProperty("mode", null))).toList();
            Relationship hop = pair.get(0).createRelationshipTo(pair.get(1), HOP);
            hop.setProperty("carriers", carrierLegs.stream().map(l -> (String) l.getProperty("carrier", null)).toArray(String[]::new));
            hop.setProperty("carrierModes", carrierLegs.stream().map(l -> (String) l.getProperty("carrierMode", null)).toArray(String[]::new));
            set(hop, "carrierName", joinedNames(pairLegs));
            hop.setProperty("hasCarrier", !carrierLegs.isEmpty());
            hop.setProperty("hasBorder", pairLegs.stream().anyMatch(l -> "border".equals(l.getProperty("mode", null))));
            set(hop, "background", all(pairLegs));
        });
        return byPair.size();
    }

    /** Cypher's reduce over the names with ' / ' between; a missing name makes the whole null. */
    private static String joinedNames(List<Relationship> legs) {
        String names = "";
        for (Relationship l : legs) {
            Object name = l.getProperty("carrierName", null);
            if (name == null) {
                return null;
            }
            names = names + (names.isEmpty() ? "" : " / ") + name;
        }
        return names;
    }

    private static Double position(Relationship r) {
        if (r.isType(STARTS_IN)) {
            return -1.0;
        }
        if (r.isType(ENDS_IN)) {
            return 1_000_000.0;
        }
        return r.getProperty("order", null) instanceof Number n ? n.doubleValue() : null;
    }

    /** coalesce(r.statements, [r.statementId]) */
    private static List<String> statements(Relationship r) {
        return r.getProperty("statements", null) instanceof String[] all ? List.of(all) : List.of((String) r.getProperty("statementId"));
    }

    /** coalesce(r.evidence, []) */
    private static List<String> evidence(Relationship r) {
        return r.getProperty("evidence", null) instanceof String[] all ? List.of(all) : List.of();
    }

    /** first + [x IN second WHERE NOT x IN first] */
    private static String[] union(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        second.stream().filter(x -> !first.contains(x)).forEach(out::add);
        return out.toArray(String[]::new);
    }

    /** r.source = 'background', null when the source is absent */
    private static Boolean isBackground(Relationship r) {
        Object source = r.getProperty("source", null);
        return source == null ? null : "background".equals(source);
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    /** all(l IN legs WHERE l.background) */
    private static Boolean all(List<Relationship> legs) {
        boolean unknown = false;
        for (Relationship l : legs) {
            Object background = l.getProperty("background", null);
            if (Boolean.FALSE.equals(background)) {
                return false;
            }
            unknown |= background == null;
        }
        return unknown ? null : true;
    }

    private static void set(Relationship r, String key, Object value) {
        if (value != null) {
            r.setProperty(key, value);
        }
    }
}
