package org.mischecker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How a cadence standard ("a Board report every 3 months") was covered: each interval of the period
 * with the dates of the documents that fall in it. Kept on the finding so that later stages (the
 * board's questions, the picture on an --as-of date, diff) can reason about intervals, not text.
 *
 * @param every the interval as a reader says it ("3 months")
 */
public record CadenceCoverage(String key, String every, List<Interval> intervals) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CadenceCoverage {
        intervals = List.copyOf(intervals);
    }

    /** One interval, first and last day inclusive, with the dates of the documents inside it. */
    public record Interval(LocalDate start, LocalDate end, List<LocalDate> documentDates) {
        public Interval {
            documentDates = List.copyOf(documentDates);
        }

        public boolean covered() {
            return !documentDates.isEmpty();
        }

        /** The interval has ended before {@code date}: a missing document can no longer be supplied for it. */
        public boolean endedBefore(LocalDate date) {
            return end.isBefore(date);
        }
    }

    public List<Interval> missing() {
        return intervals.stream().filter(i -> !i.covered()).toList();
    }

    public boolean complete() {
        return !intervals.isEmpty() && missing().isEmpty();
    }

    /**
     * Two dates a cadence went without a document in between: from the start of the first interval
     * or a document, to the next document or the end of the last interval.
     */
    public record Gap(LocalDate from, LocalDate to) {
        public long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    /** The longest stretch without a document, over the intervals; null when there are none. */
    public Gap longestGap() {
        if (intervals.isEmpty()) {
            return null;
        }
        // Sorted and each date once: the period's last interval overlaps the one before it.
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        intervals.forEach(i -> dates.addAll(i.documentDates()));
        List<LocalDate> points = new java.util.ArrayList<>();
        points.add(intervals.get(0).start());
        points.addAll(dates);
        points.add(intervals.get(intervals.size() - 1).end());
        Gap longest = null;
        for (int k = 1; k < points.size(); k++) {
            Gap g = new Gap(points.get(k - 1), points.get(k));
            if (longest == null || g.days() > longest.days()) {
                longest = g;
            }
        }
        return longest;
    }

    /** The mean length of the intervals in days (months differ in length). */
    public BigDecimal meanIntervalDays() {
        long total = intervals.stream().mapToLong(i -> ChronoUnit.DAYS.between(i.start(), i.end()) + 1).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(Math.max(1, intervals.size())), 10, RoundingMode.DOWN);
    }

    /**
     * Every interval is covered, yet somewhere the documents are further apart than
     * {@code maxGapPct} percent of an interval: each interval holds one only because they sit at
     * opposite ends of neighbouring intervals (or two straddle a boundary and leave a long gap after).
     */
    public boolean bunched(BigDecimal maxGapPct) {
        Gap gap = longestGap();
        if (!complete() || gap == null) {
            return false;
        }
        return BigDecimal.valueOf(gap.days()).multiply(HUNDRED).compareTo(maxGapPct.multiply(meanIntervalDays())) > 0;
    }
}
