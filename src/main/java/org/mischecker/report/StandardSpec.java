package org.mischecker.report;

import java.util.List;

/**
 * What the rule pack says a standard is, read from the rules' metadata: its id, action, title,
 * plain-English wording, guidance reference, the confidence of its shape, and its checks.
 */
public record StandardSpec(String id, String action, String title, String wording, String guidance,
                           String confidence, List<CheckSpec> checks) {

    public StandardSpec {
        checks = List.copyOf(checks);
    }

    /** One check of a standard: name, the evidence keys it reads, the parameters it compares against. */
    public record CheckSpec(String name, List<String> evidence, List<String> parameters) {
        public CheckSpec {
            evidence = List.copyOf(evidence);
            parameters = List.copyOf(parameters);
        }
    }
}
