package org.mischecker.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.scheme.Parameter;

/**
 * "One document in every N months of the period": splits the period into consecutive intervals of N
 * calendar months from its start (quarters of the period, not calendar quarters) and finds the
 * intervals with no document dated inside them. A period is rarely a whole number of intervals, so
 * the last N months of the period are one more interval, overlapping the one before: the reporting
 * must be up to date when the period ends. Without it, a 6-monthly report last made in February
 * passed a period ending in December, and bi-monthly walkabouts that stopped in September passed
 * too. A period shorter than N months is one interval.
 */
public final class Cadence {

    private Cadence() {
    }

    public record Window(LocalDate start, LocalDate end) {
        boolean contains(LocalDate d) {
            return d != null && !d.isBefore(start) && !d.isAfter(end);
        }

        @Override
        public String toString() {
            return Parameter.formatDate(start) + " to " + Parameter.formatDate(end);
        }
    }

    public static List<Window> windows(LocalDate from, LocalDate to, int everyMonths) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate start = from.plusMonths((long) i * everyMonths);
            LocalDate end = from.plusMonths((long) (i + 1) * everyMonths).minusDays(1);
            if (end.isAfter(to)) {
                break;
            }
            windows.add(new Window(start, end));
        }
        if (windows.isEmpty()) {
            windows.add(new Window(from, to));
        } else if (!windows.get(windows.size() - 1).end().equals(to)) {
            windows.add(new Window(to.minusMonths(everyMonths).plusDays(1), to));
        }
        return windows;
    }

    /** Called from DRL: {@code CadenceResult(complete) from Cadence.evaluate($docs, $from, $to, $every)}; every document counts. */
    public static CadenceResult evaluate(Collection<?> documents, Parameter from, Parameter to, Parameter everyMonths) {
        return evaluate(documents, documents, from, to, everyMonths);
    }

    /**
     * Called from DRL when a standard names the body its documents need: only {@code counted} (the
     * documents the rule accepts, a subset of {@code listed}) fill an interval; the others listed are
     * kept as not counted, for the rationale to name.
     */
    public static CadenceResult evaluate(Collection<?> counted, Collection<?> listed, Parameter from, Parameter to, Parameter everyMonths) {
        List<DocumentRef> refs = sorted(counted);
        java.util.Set<DocumentRef> isCounted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isCounted.addAll(refs);
        List<DocumentRef> notCounted = counted == listed ? List.of() : sorted(listed).stream().filter(r -> !isCounted.contains(r)).toList();
        List<Window> windows = windows(from.date(), to.date(), everyMonths.integer());
        List<Window> missing = windows.stream()
                .filter(w -> refs.stream().noneMatch(r -> w.contains(r.document().date())))
                .toList();
        List<DocumentRef> inPeriod = refs.stream()
                .filter(r -> !r.document().date().isBefore(from.date()) && !r.document().date().isAfter(to.date()))
                .toList();
        return new CadenceResult(refs, notCounted, inPeriod, windows, missing, from, to, everyMonths);
    }

    private static List<DocumentRef> sorted(Collection<?> documents) {
        return documents.stream().map(DocumentRef.class::cast)
                .sorted(java.util.Comparator.comparing((DocumentRef r) -> r.document().date())
                        .thenComparing(r -> r.document().id()))
                .toList();
    }
}
