package org.mischecker.report;

import java.util.List;

/**
 * One standard's outcome for one trust, with every finding that led to it.
 *
 * @param intent what the standard means across scheme years (pmrt.reviewStarted), or null when its pack does not say
 */
public record StandardResult(String id, String title, Outcome outcome, String confidence,
                             List<Finding> findings, String intent) {

    public StandardResult {
        findings = List.copyOf(findings);
    }

    public StandardResult(String id, String title, Outcome outcome, String confidence, List<Finding> findings) {
        this(id, title, outcome, confidence, findings, null);
    }

    /** Thresholds this outcome rests on that are not verified against the official guidance. */
    public List<ThresholdUse> unverifiedThresholds() {
        return findings.stream().flatMap(f -> f.thresholds().stream())
                .filter(t -> !t.verified()).distinct().toList();
    }
}
