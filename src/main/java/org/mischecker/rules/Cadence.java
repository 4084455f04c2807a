package org.mischecker.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mischecker.evidence.DocumentRef;
import org.mischecker.scheme.Parameter;

/**
 * "One document in every N months of the period": splits the period into consecutive intervals of N
 * calendar months from its start (quarters of the period, not calendar quarters) and finds the
 * intervals with no document dated inside them. A period rarely holds a whole number of intervals:
 * the part left at its end is an interval of its own, which needs a document, when it is at least a
 * set share of a full interval long (cadence.trailingPart.minPct, an interpretation: 58 days left of
 * a 2-month cadence is a missed walkabout, 27 days left of a quarter is not yet a missed report);
 * a shorter part is not required. A period shorter than one interval is one interval.
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

    /**
     * @param trailingMinPct the share of a full interval (percent) the part left at the period's end
     *                       must reach to be required as an interval of its own
     */
    public static List<Window> windows(LocalDate from, LocalDate to, int everyMonths, BigDecimal trailingMinPct) {
        List<Window> windows = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate start = from.plusMonths((long) i * everyMonths);
            if (start.isAfter(to)) {
                break;
            }
            LocalDate end = from.plusMonths((long) (i + 1) * everyMonths).minusDays(1);
            if (!end.isAfter(to)) {
                windows.add(new Window(start, end));
            } else if (windows.isEmpty() || longEnough(start, to, end, trailingMinPct)) {
                windows.add(new Window(start, to));
            }
        }
        return windows;
    }

    /** Days from start to partEnd against days from start to fullEnd (both inclusive), compared exactly. */
    private static boolean longEnough(LocalDate start, LocalDate partEnd, LocalDate fullEnd, BigDecimal minPct) {
        long part = ChronoUnit.DAYS.between(start, partEnd) + 1;
        long full = ChronoUnit.DAYS.between(start, fullEnd) + 1;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).compareTo(minPct.multiply(BigDecimal.valueOf(full))) >= 0;
    }

    /** Called from DRL: {@code CadenceResult(complete) from Cadence.evaluate($docs, $from, $to, $every, $trailing)}. */
    public static CadenceResult evaluate(Collection<?> documents, Parameter from, Parameter to, Parameter everyMonths,
                                         Parameter trailingMinPct) {
        List<DocumentRef> refs = documents.stream().map(DocumentRef.class::cast)
                .sorted(java.util.Comparator.comparing((DocumentRef r) -> r.document().date())
                        .thenComparing(r -> r.document().id()))
                .toList();
        List<Window> windows = windows(from.date(), to.date(), everyMonths.integer(), trailingMinPct.number());
        List<Window> missing = windows.stream()
                .filter(w -> refs.stream().noneMatch(r -> w.contains(r.document().date())))
                .toList();
        List<DocumentRef> inPeriod = refs.stream()
                .filter(r -> !r.document().date().isBefore(from.date()) && !r.document().date().isAfter(to.date()))
                .toList();
        return new CadenceResult(refs, inPeriod, windows, missing, from, to, everyMonths, trailingMinPct);
    }
}
