package org.mischecker.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A trust's own figures held against the external data NHS Resolution verifies them with (mis check
 * --external; mis-spec.md s2.3, C-VER-1): the extracts that had a row for the trust, and every figure
 * they give beside the trust's own. Empty extracts: the trust is not externally verified, which is not
 * a failure. Every disagreement is listed, whichever way it falls.
 *
 * @param extracts each extract with a row for the trust: "MBRRACE-UK PMRT data, extracted 10 Jan 2023 (ext/mbrrace.csv:4)"
 * @param without each extract of the run for the trust's scheme year with no row for it, or taken after the board date
 *                ("NHS Digital MSDS CNST scorecard, extracted 5 Jan 2023 (ext/msds.csv): no row for RXX"), and each
 *                source the pack names that no extract of the run is from ("NHS Digital MSDS CNST scorecard: no extract was given")
 * @param reading the reading under which external figures decide (C-VER-1, an interpretation), or null when the
 *                pack has none and the trust's own figures were judged
 */
public record ExternalVerification(List<String> extracts, List<String> without, List<Comparison> comparisons, ThresholdUse reading) {

    public ExternalVerification {
        extracts = List.copyOf(extracts);
        without = List.copyOf(without);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * One figure an extract gives, beside the trust's own.
     *
     * @param key the figure's key with its staff group, if any (SA1.reviewStartedInTime)
     * @param reportedNumerator the trust's own numerator, or null when its file does not give the figure
     * @param decided the external numbers were judged
     * @param at the extract's row (file:line)
     */
    public record Comparison(String key, String measure, String source, LocalDate extracted, Long reportedNumerator,
                             Long reportedDenominator, long externalNumerator, long externalDenominator, boolean decided, String at) {

        public boolean disagrees() {
            return reportedNumerator == null || reportedNumerator != externalNumerator || reportedDenominator != externalDenominator;
        }

        /** "SA1.reviewStartedInTime (PMRT review started ...): the trust reports 41 of 44; MBRRACE-UK PMRT data (extracted 10 Jan 2023) shows 38 of 44". */
        public String text() {
            return key + " (" + measure + "): " + (reportedNumerator == null ? "the trust's file does not give it"
                    : "the trust reports " + reportedNumerator + " of " + reportedDenominator) + "; " + source + " (extracted "
                    + extracted.getDayOfMonth() + " " + extracted.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH)
                    + " " + extracted.getYear() + ") shows " + externalNumerator + " of " + externalDenominator
                    + (reportedNumerator == null || decided ? "" : ", not judged: the rule pack does not say external data decides");
        }
    }

    /** At least one extract had a row for the trust. */
    public boolean verified() {
        return !extracts.isEmpty();
    }

    public List<Comparison> disagreements() {
        return comparisons.stream().filter(Comparison::disagrees).toList();
    }
}
