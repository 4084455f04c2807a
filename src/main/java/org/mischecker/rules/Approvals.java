package org.mischecker.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mischecker.evidence.BoardCommittee;
import org.mischecker.evidence.Declaration;
import org.mischecker.evidence.Document;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.evidence.Evidence;
import org.mischecker.scheme.Body;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemeYear;

/**
 * Who approved a document, against the bodies its evidence key's standard names ({@code approver:}
 * in evidence.yaml): one per evidence file, inserted into its session as a fact so that rules can ask
 * {@code $approvals.accepts(this)} of a document listed under a key, or {@code acceptsEvidence(this)}
 * of a declaration's supporting document. It only answers; the rules decide what follows.
 *
 * <p>A document is accepted when its approvedBy is one of the names of a body its key names, or, for a
 * body that delegates (the Board), the name of a committee the file lists under {@code boardCommittees},
 * when the document is dated on or after the Board's document that delegated authority to it. A key
 * that names no body accepts any approver.
 */
public final class Approvals {

    /** How a document stands against the bodies its key names. */
    public enum Verdict {
        /** No body is named for the key. */
        ANY,
        /** Approved by one of the bodies, under one of its names. */
        NAMED,
        /** Approved by a committee holding authority the body delegated to it. */
        DELEGATED,
        /** Approved by a listed committee, but before the body delegated authority to it. */
        BEFORE_DELEGATION,
        /** Approved by someone else. */
        OTHER
    }

    /**
     * @param body the body that approved it (NAMED), that a committee stands for (DELEGATED,
     *             BEFORE_DELEGATION), else null
     * @param committee the committee, for DELEGATED and BEFORE_DELEGATION, else null
     */
    public record Approval(Verdict verdict, Body body, BoardCommittee committee) {
        public boolean accepted() {
            return verdict == Verdict.ANY || verdict == Verdict.NAMED || verdict == Verdict.DELEGATED;
        }
    }

    private static final Approval ANY = new Approval(Verdict.ANY, null, null);
    private static final Approval OTHER = new Approval(Verdict.OTHER, null, null);

    /** What one scheme year's catalogue says, built once per year and shared by every file's Approvals. */
    public static final class Year {
        private final Map<String, List<Body>> bodiesByKey = new LinkedHashMap<>();
        private final Map<Body, Set<String>> names = new IdentityHashMap<>();
        private final Map<Body, Parameter> readings = new IdentityHashMap<>();

        public Year(SchemeYear scheme) {
            scheme.actions().forEach(a -> a.evidence().values().forEach(k -> {
                if (!k.approvers().isEmpty()) {
                    bodiesByKey.put(k.factKey(), scheme.bodiesOf(k));
                }
            }));
            scheme.formApprovers().forEach((key, ids) -> bodiesByKey.put(key, ids.stream().map(scheme.bodies()::get).toList()));
            for (Body b : scheme.bodies().values()) {
                Set<String> normal = new LinkedHashSet<>();
                b.names().forEach(n -> normal.add(Body.normalise(n)));
                names.put(b, normal);
                if (b.delegates()) {
                    readings.put(b, scheme.parameter(b.delegation()).orElseThrow(() -> new IllegalStateException(
                            "body " + b.id() + " names reading " + b.delegation() + ", which thresholds.yaml does not define")));
                }
            }
        }

        /** The file's Approvals: its committees and documents against the year's bodies. */
        public Approvals of(Evidence evidence) {
            List<BoardCommittee> committees = new ArrayList<>();
            for (Object fact : evidence.facts()) {
                if (fact instanceof BoardCommittee c) {
                    committees.add(c);
                }
            }
            return new Approvals(this, committees, evidence.documents());
        }
    }

    private final Year year;
    private final Map<String, BoardCommittee> committees = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();
    /** Each document's approvedBy, normalised once: rules ask of the same documents many times. */
    private final Map<Document, String> approver = new IdentityHashMap<>();

    Approvals(Year year, Collection<BoardCommittee> committees, Collection<Document> documents) {
        this.year = year;
        committees.forEach(c -> this.committees.putIfAbsent(Body.normalise(c.name()), c));
        documents.forEach(d -> this.documents.put(d.id(), d));
    }

    /** True when the document listed under its key was approved by a body the key's standard names (or it names none). */
    public boolean accepts(DocumentRef ref) {
        return approval(ref.key(), ref.document()).accepted();
    }

    /** True when the declaration names no document, or its document was approved by a body the standard names. */
    public boolean acceptsEvidence(Declaration d) {
        return approvalOfEvidence(d).accepted();
    }

    public Approval approval(DocumentRef ref) {
        return approval(ref.key(), ref.document());
    }

    public Approval approvalOfEvidence(Declaration d) {
        Document doc = d.evidence() == null ? null : documents.get(d.evidence());
        return doc == null ? ANY : approval(d.key(), doc);
    }

    public Approval approval(String key, Document d) {
        List<Body> bodies = year.bodiesByKey.get(key);
        if (bodies == null) {
            return ANY;
        }
        String by = approver.computeIfAbsent(d, doc -> Body.normalise(doc.approvedBy()));
        for (Body b : bodies) {
            if (!by.isEmpty() && year.names.get(b).contains(by)) {
                return new Approval(Verdict.NAMED, b, null);
            }
        }
        BoardCommittee c = committees.get(by);
        if (c != null) {
            for (Body b : bodies) {
                if (b.delegates()) {
                    boolean delegated = d.date() != null && !d.date().isBefore(c.delegatedBy().date());
                    return new Approval(delegated ? Verdict.DELEGATED : Verdict.BEFORE_DELEGATION, b, c);
                }
            }
        }
        return OTHER;
    }

    /** The bodies a key's standard names; empty when it names none. */
    public List<Body> bodies(String key) {
        return year.bodiesByKey.getOrDefault(key, List.of());
    }

    /** How messages name what a key needs: "the Trust Board (or a Board committee with delegated authority)". */
    public String needed(String key) {
        return Body.orList(bodies(key).stream().map(Body::wording).toList());
    }

    /** The reading a verdict rests on when it counted a committee's document as its body's; null otherwise. */
    public Parameter reading(Approval a) {
        return a.verdict() == Verdict.DELEGATED ? year.readings.get(a.body()) : null;
    }
}
