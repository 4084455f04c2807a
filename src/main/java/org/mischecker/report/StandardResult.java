package org.mischecker.report;

import java.util.List;

/** One standard's outcome for one trust, with every finding that led to it. */
public record StandardResult(String id, String title, Outcome outcome, String confidence,
                             List<Finding> findings) {

    public StandardResult {
        findings = List.copyOf(findings);
    }

    /** Thresholds this outcome rests on that are not verified against the official guidance. */
    public List<ThresholdUse> unverifiedThresholds() {
        return findings.stream().flatMap(f -> f.thresholds().stream())
                .filter(t -> !t.verified()).distinct().toList();
    }
}
