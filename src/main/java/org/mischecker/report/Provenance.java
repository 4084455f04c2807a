package org.mischecker.report;

import java.time.LocalDate;

/**
 * Which evidence a board report was made from, and when, so two printed copies can be told apart:
 * the evidence file's SHA-256 (its own version, whatever its name or date on disk) and the day of
 * the check.
 *
 * @param evidenceSha256 the evidence file's bytes as SHA-256, in hex
 * @param checkedOn the day the check ran (Europe/London)
 */
public record Provenance(String evidenceSha256, LocalDate checkedOn) {

    /** The first 12 hex digits, enough to tell two versions apart on paper. */
    public String shortVersion() {
        return evidenceSha256.substring(0, Math.min(12, evidenceSha256.length()));
    }
}
