package org.mischecker.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio as reported: the counts, the percentage shown (one decimal; a miss never shown as reaching
 * the threshold) and the threshold.
 *
 * @param exactPercent the exact percentage (ten decimal places, truncated), or null when there are no
 *                     cases or the figure is a count rather than a ratio; what challenge rules compare
 * @param requiredPercent the minimum percentage the threshold asks for, or null for counts
 */
public record FigureValue(long numerator, long denominator, String percent, String required,
                          BigDecimal exactPercent, BigDecimal requiredPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A figure without its exact values (counts, and reports built before they were kept). */
    public FigureValue(long numerator, long denominator, String percent, String required) {
        this(numerator, denominator, percent, required, null, null);
    }

    /** Percentage points above the threshold; null when either percentage is unknown. */
    public BigDecimal marginPoints() {
        return exactPercent == null || requiredPercent == null ? null : exactPercent.subtract(requiredPercent);
    }

    /** False when the threshold is 100%: a figure can only meet it exactly, so its margin says nothing. */
    public boolean leavesHeadroom() {
        return requiredPercent != null && requiredPercent.compareTo(HUNDRED) < 0;
    }

    /** Meets the threshold, but by less than {@code points} percentage points. */
    public boolean metWithin(BigDecimal points) {
        BigDecimal margin = marginPoints();
        return margin != null && margin.signum() >= 0 && margin.compareTo(points) < 0;
    }

    /**
     * How many fewer cases in the numerator would have missed the threshold: the smallest k with
     * (numerator - k) / denominator below the required percentage. Zero when it is already missed.
     */
    public long fewerToMiss() {
        if (requiredPercent == null || denominator == 0) {
            return 0;
        }
        long lowestMeeting = requiredPercent.multiply(BigDecimal.valueOf(denominator))
                .divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, numerator - lowestMeeting + 1);
    }

    /**
     * How many more cases in the numerator, of the same denominator, would meet the threshold: the
     * smallest k with (numerator + k) / denominator at or above the required percentage. Zero when
     * it is already met.
     */
    public long moreToMeet() {
        if (requiredPercent == null || denominator == 0) {
            return 0;
        }
        long lowestMeeting = requiredPercent.multiply(BigDecimal.valueOf(denominator))
                .divide(HUNDRED, 0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, lowestMeeting - numerator);
    }
}
