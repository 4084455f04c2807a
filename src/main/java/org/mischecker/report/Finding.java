package org.mischecker.report;

import java.util.List;

/**
 * The result of one check of one standard, produced by a rule.
 *
 * @param check the check's name within the standard (e.g. "review started")
 * @param detail what the check was applied to when one check covers several items (a staff group), else null
 * @param missingEvidence the evidence key that was absent, for NO_EVIDENCE findings
 * @param toComply what would close the gap, in real units, for NOT_MET figures ("3 more of the 44 ..."), else null
 */
public record Finding(String standard, String check, String detail, Outcome outcome, String rationale,
                      FigureValue figure, List<ThresholdUse> thresholds, List<EvidenceUse> evidence,
                      String missingEvidence, String toComply) {

    public Finding {
        thresholds = List.copyOf(thresholds);
        evidence = List.copyOf(evidence);
    }
}
