package org.mischecker.scheme;

import java.util.List;

/**
 * One key a trust may write under a safety action, with its kind and plain-English meaning.
 *
 * @param nonZero a zero denominator (or count) is impossible for a trust that provides maternity care
 * @param notBefore for documents: the key of the date parameter before which a listed document cannot
 *                  count, because its standard needs documents inside a period; null when any date will do
 * @param approvers for documents, a document or a declaration's supporting document: the ids of the
 *                  bodies (evidence.yaml {@code bodies:}) the standard names as approving or receiving
 *                  them, any one of which will do; empty when the standard names none
 * @param sourceFrom for figures: the key of the date parameter giving the earliest date the figure's
 *                   source document can carry (the rules judge a source dated before it); null when the
 *                   figure has none beyond {@code notBefore}
 * @param max for numbers and counts, the largest value a trust could write without a typing or paste
 *            error (a plausibility bound, not a threshold: no standard is judged against it); null for
 *            other kinds
 * @param usualAnswer for declarations, the answer most trusts give (true yes, false no), which synthetic
 *                    evidence draws most often; null when the pack does not say (most say yes)
 * @param verifiedBy for figures, the id of the external source NHS Resolution verifies it against
 *                   (evidence.yaml {@code externalSources:}); null when it relies on the trust's own evidence
 */
public record EvidenceKey(String action, String name, EvidenceKind kind, String measure, String unit,
                          List<String> groups, boolean nonZero, String notBefore, List<String> approvers, String sourceFrom,
                          java.math.BigDecimal max, Boolean usualAnswer, String verifiedBy) {

    public EvidenceKey {
        groups = List.copyOf(groups);
        approvers = List.copyOf(approvers);
    }

    public EvidenceKey(String action, String name, EvidenceKind kind, String measure, String unit,
                       List<String> groups, boolean nonZero) {
        this(action, name, kind, measure, unit, groups, nonZero, null, List.of(), null, null, null, null);
    }

    /** The fact key rules match on, for example {@code SA1.reviewStartedInTime}. */
    public String factKey() {
        return action + "." + name;
    }

    /** A figure (numerator of denominator), whose unit is what it counts out of; a count or number's unit is what it is measured in. */
    public boolean isRatio() {
        return kind == EvidenceKind.FIGURE || kind == EvidenceKind.GROUP_FIGURES;
    }
}
