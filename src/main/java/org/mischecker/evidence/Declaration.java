package org.mischecker.evidence;

import java.time.LocalDate;

/**
 * A yes/no statement the trust makes, with the id of the document that supports it and that
 * document's date (both null when none is named).
 *
 * @param laterEvidence on a board date (--as-of), the supporting document the file names but that is
 *                      dated after that date, so left out; null otherwise
 */
public record Declaration(String key, String action, boolean answer, String evidence, LocalDate evidenceDate, String measure,
                          Location at, Document laterEvidence) {

    public Declaration(String key, String action, boolean answer, String evidence, LocalDate evidenceDate, String measure, Location at) {
        this(key, action, answer, evidence, evidenceDate, measure, at, null);
    }

    /** True when a supporting document is named and dated within [from, to], both days included. */
    public boolean evidenceDatedWithin(LocalDate from, LocalDate to) {
        return evidenceDate != null && !evidenceDate.isBefore(from) && !evidenceDate.isAfter(to);
    }

    /** True when a supporting document is named and dated before the day given. */
    public boolean evidenceDatedBefore(LocalDate day) {
        return evidenceDate != null && evidenceDate.isBefore(day);
    }

    /** True when a supporting document is named and dated on or before the day given. */
    public boolean evidenceDatedBy(LocalDate day) {
        return evidenceDate != null && !evidenceDate.isAfter(day);
    }
}
