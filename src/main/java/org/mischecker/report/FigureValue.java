package org.mischecker.report;

/** A ratio as reported: the counts, the percentage shown (one decimal, truncated) and the threshold. */
public record FigureValue(long numerator, long denominator, String percent, String required) {
}
