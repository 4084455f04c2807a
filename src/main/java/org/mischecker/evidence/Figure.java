package org.mischecker.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count the trust reports as numerator of denominator. Percentages are derived here and compared
 * exactly: 949 of 1,000 is 94.9% and does not meet 95%.
 *
 * @param group the staff group for group figures (SA8), otherwise null
 * @param source id of the document the figure comes from, or null when none was named
 * @param sourceDate that document's date, null when none was named
 * @param noCasesMet whether 0 of 0 meets a minimum percentage: the pack's reading (zeroCases.countAsMet in its
 *                   thresholds.yaml) decides, not this class; a pack without that reading counts no cases as not met
 * @param verified when external data gives this figure and decides it (mis check --external, C-VER-1):
 *                 the source and what the trust itself reported; numerator and denominator are then the
 *                 external ones. Null when the figure is the trust's own.
 */
public record Figure(String key, String action, String group, long numerator, long denominator,
                     String source, java.time.LocalDate sourceDate, String measure, String unit, Location at, boolean noCasesMet,
                     Verified verified) {

    /**
     * What external data put in place of the trust's own numbers.
     *
     * @param sourceName the external source as reports name it (MBRRACE-UK PMRT data)
     * @param extracted the day the extract was taken
     * @param reportedNumerator the trust's own numerator
     * @param reportedDenominator the trust's own denominator
     * @param at the extract's row (file:line)
     */
    public record Verified(String sourceName, java.time.LocalDate extracted, long reportedNumerator, long reportedDenominator,
                           Location at) {
        /** The external numbers differ from the trust's own. */
        public boolean disagrees(long numerator, long denominator) {
            return numerator != reportedNumerator || denominator != reportedDenominator;
        }
    }

    /** A figure as the trust reports it, with its source's date, judged under {@code noCasesMet}. */
    public Figure(String key, String action, String group, long numerator, long denominator,
                  String source, java.time.LocalDate sourceDate, String measure, String unit, Location at, boolean noCasesMet) {
        this(key, action, group, numerator, denominator, source, sourceDate, measure, unit, at, noCasesMet, null);
    }

    /** The same figure with external numbers in place of the trust's own, which it keeps for the wording. */
    public Figure verifiedAs(long externalNumerator, long externalDenominator, String sourceName, java.time.LocalDate extracted, Location row) {
        return new Figure(key, action, group, externalNumerator, externalDenominator, source, sourceDate, measure, unit, at, noCasesMet,
                new Verified(sourceName, extracted, numerator, denominator, row));
    }

    /** The key with its staff group, as external extracts and reports name it (SA8.fetalMonitoringTraining.midwives). */
    public String fullKey() {
        return group == null ? key : key + "." + group;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A figure whose source's date is not known (tests and figures read back from a report), under the shipped packs' reading of 0 of 0. */
    public Figure(String key, String action, String group, long numerator, long denominator,
                  String source, String measure, String unit, Location at) {
        this(key, action, group, numerator, denominator, source, null, measure, unit, at, true, null);
    }

    /** True when a source is named and dated before {@code earliest}: it cannot hold the data the figure reports. */
    public boolean sourceDatedBefore(java.time.LocalDate earliest) {
        return sourceDate != null && sourceDate.isBefore(earliest);
    }

    /** True when numerator/denominator is at least {@code minPercent}%; no cases at all is vacuously true. */
    public boolean atLeast(BigDecimal minPercent) {
        if (denominator == 0) {
            return noCasesMet;
        }
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .compareTo(minPercent.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** The exact percentage, to ten decimal places; null when there are no cases. */
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.DOWN);
    }

    /**
     * One decimal place, rounded half up as a reader expects (41 of 44 is 93.2%), except where rounding
     * would print a figure that misses {@code threshold} as if it reached it: that one is truncated
     * (9,996 of 10,000 against 100% shows 99.9%, not 100.0%). Outcomes never use this text.
     */
    public String percentText(BigDecimal threshold) {
        if (denominator == 0) {
            return "no cases";
        }
        BigDecimal scaled = BigDecimal.valueOf(numerator).multiply(HUNDRED);
        BigDecimal rounded = scaled.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
        if (threshold != null && !atLeast(threshold) && rounded.compareTo(threshold) >= 0) {
            rounded = scaled.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.DOWN);
        }
        return rounded.toPlainString() + "%";
    }

    /**
     * How many more of the denominator must be in the numerator to reach {@code minPercent}.
     * Zero when already met.
     */
    public long shortfall(BigDecimal minPercent) {
        BigDecimal needed = minPercent.multiply(BigDecimal.valueOf(denominator))
                .divide(HUNDRED, 0, RoundingMode.CEILING);
        return Math.max(0, needed.longValueExact() - numerator);
    }
}
