package org.mischecker.scheme;

import java.util.List;

/**
 * One key a trust may write under a safety action, with its kind and plain-English meaning.
 *
 * @param nonZero a zero denominator (or count) is impossible for a trust that provides maternity care
 * @param notBefore for documents: the key of the date parameter before which a listed document cannot
 *                  count, because its standard needs documents inside a period; null when any date will do
 * @param approvers for documents, the bodies the standard names as approving them (any one will do,
 *                  matched as a case-insensitive part of the document's approvedBy); empty when the
 *                  standard names none
 * @param max for numbers and counts, the largest value a trust could write without a typing or paste
 *            error (a plausibility bound, not a threshold: no standard is judged against it); null for
 *            other kinds
 */
public record EvidenceKey(String action, String name, EvidenceKind kind, String measure, String unit,
                          List<String> groups, boolean nonZero, String notBefore, List<String> approvers,
                          java.math.BigDecimal max) {

    public EvidenceKey {
        groups = List.copyOf(groups);
        approvers = List.copyOf(approvers);
    }

    public EvidenceKey(String action, String name, EvidenceKind kind, String measure, String unit,
                       List<String> groups, boolean nonZero) {
        this(action, name, kind, measure, unit, groups, nonZero, null, List.of(), null);
    }

    /** True when the standard names no approver, or {@code approvedBy} contains one of those it names. */
    public boolean acceptsApprover(String approvedBy) {
        if (approvers.isEmpty()) {
            return true;
        }
        String by = approvedBy == null ? "" : approvedBy.toLowerCase(java.util.Locale.ROOT);
        return approvers.stream().anyMatch(a -> by.contains(a.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The fact key rules match on, for example {@code SA1.reviewStartedInTime}. */
    public String factKey() {
        return action + "." + name;
    }
}
