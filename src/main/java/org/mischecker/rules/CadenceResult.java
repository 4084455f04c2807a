package org.mischecker.rules;

import java.util.List;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.scheme.Parameter;

/**
 * The outcome of a cadence evaluation; {@code complete} when every interval holds a document.
 * A class compared by identity, not a record: rules bind it with {@code from Cadence.evaluate(...)},
 * and Drools keys such results by hash code, which for a record walked every document's title.
 */
public final class CadenceResult {

    private final List<DocumentRef> documents;
    private final List<DocumentRef> notCounted;
    private final List<DocumentRef> inPeriod;
    private final List<Cadence.Window> windows;
    private final List<Cadence.Window> missing;
    private final Parameter from;
    private final Parameter to;
    private final Parameter everyMonths;

    /**
     * @param documents the documents counted toward the intervals
     * @param notCounted the other documents listed under the key, which the rule did not accept
     */
    public CadenceResult(List<DocumentRef> documents, List<DocumentRef> notCounted, List<DocumentRef> inPeriod,
                         List<Cadence.Window> windows, List<Cadence.Window> missing, Parameter from, Parameter to,
                         Parameter everyMonths) {
        this.documents = List.copyOf(documents);
        this.notCounted = List.copyOf(notCounted);
        this.inPeriod = List.copyOf(inPeriod);
        this.windows = List.copyOf(windows);
        this.missing = List.copyOf(missing);
        this.from = from;
        this.to = to;
        this.everyMonths = everyMonths;
    }

    public List<DocumentRef> documents() {
        return documents;
    }

    public List<DocumentRef> notCounted() {
        return notCounted;
    }

    /** Every document listed under the key, counted or not, by date. */
    public List<DocumentRef> listed() {
        List<DocumentRef> all = new java.util.ArrayList<>(documents);
        all.addAll(notCounted);
        all.sort(java.util.Comparator.comparing((DocumentRef r) -> r.document().date()).thenComparing(r -> r.document().id()));
        return all;
    }

    public List<DocumentRef> inPeriod() {
        return inPeriod;
    }

    public List<Cadence.Window> windows() {
        return windows;
    }

    public List<Cadence.Window> missing() {
        return missing;
    }

    public Parameter from() {
        return from;
    }

    public Parameter to() {
        return to;
    }

    public Parameter everyMonths() {
        return everyMonths;
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
