package org.mischecker.scheme;

import java.util.List;

/**
 * One key a trust may write under a safety action, with its kind and plain-English meaning.
 *
 * @param nonZero a zero denominator (or count) is impossible for a trust that provides maternity care
 * @param notBefore for documents: the key of the date parameter before which a listed document cannot
 *                  count, because its standard needs documents inside a period; null when any date will do
 */
public record EvidenceKey(String action, String name, EvidenceKind kind, String measure, String unit,
                          List<String> groups, boolean nonZero, String notBefore) {

    public EvidenceKey {
        groups = List.copyOf(groups);
    }

    /** The fact key rules match on, for example {@code SA1.reviewStartedInTime}. */
    public String factKey() {
        return action + "." + name;
    }
}
