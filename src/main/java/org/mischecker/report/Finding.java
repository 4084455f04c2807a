package org.mischecker.report;

import java.util.List;
import java.util.Objects;

/**
 * The result of one check of one standard, produced by a rule.
 *
 * @param check the check's name within the standard (e.g. "review started")
 * @param detail what the check was applied to when one check covers several items (a staff group), else null
 * @param missingEvidence the evidence key that was absent, for NO_EVIDENCE findings
 * @param toComply what would close the gap, in real units, for NOT_MET figures ("3 more of the 44 ..."), else null
 * @param cadence for cadence checks, how each interval of the period was covered, else null
 */
public record Finding(String standard, String check, String detail, Outcome outcome, String rationale,
                      FigureValue figure, List<ThresholdUse> thresholds, List<EvidenceUse> evidence,
                      String missingEvidence, String toComply, CadenceCoverage cadence) {

    public Finding {
        thresholds = List.copyOf(thresholds);
        evidence = List.copyOf(evidence);
    }

    /** A finding that is not about a cadence. */
    public Finding(String standard, String check, String detail, Outcome outcome, String rationale,
                   FigureValue figure, List<ThresholdUse> thresholds, List<EvidenceUse> evidence,
                   String missingEvidence, String toComply) {
        this(standard, check, detail, outcome, rationale, figure, thresholds, evidence, missingEvidence, toComply, null);
    }

    /** The action this finding's standard belongs to (SA1 for SA1.b). */
    public String action() {
        int dot = standard.indexOf('.');
        return dot < 0 ? standard : standard.substring(0, dot);
    }

    /** True when the finding read the evidence key (SA1.reviewStartedInTime). */
    public boolean usesKey(String key) {
        for (EvidenceUse e : evidence) {
            if (e.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** True when the finding judged the evidence key for this item (staff group), or for no item when null. */
    public boolean about(String key, String item) {
        return usesKey(key) && Objects.equals(detail, item);
    }
}
