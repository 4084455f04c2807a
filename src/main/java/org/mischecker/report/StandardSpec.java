package org.mischecker.report;

import java.util.List;

/**
 * What the rule pack says a standard is, read from the rules' metadata: its id, action, title,
 * plain-English wording, guidance reference, the confidence of its shape, its intent (what it means
 * across scheme years, null when the pack does not say) and its checks.
 */
public record StandardSpec(String id, String action, String title, String wording, String guidance,
                           String confidence, String intent, List<CheckSpec> checks) {

    public StandardSpec {
        checks = List.copyOf(checks);
    }

    public StandardSpec(String id, String action, String title, String wording, String guidance, String confidence,
                        List<CheckSpec> checks) {
        this(id, action, title, wording, guidance, confidence, null, checks);
    }

    /** The guidance for the year does not let the pack state this standard: it is never assessed. */
    public boolean unknown() {
        return "GAP".equals(confidence);
    }

    /**
     * One check of a standard: name, the evidence keys it reads, the parameters it compares against,
     * and those of them the pack does not know (GAP), which make the check NOT ASSESSED.
     */
    public record CheckSpec(String name, List<String> evidence, List<String> parameters, List<ThresholdUse> unknown) {
        public CheckSpec {
            evidence = List.copyOf(evidence);
            parameters = List.copyOf(parameters);
            unknown = List.copyOf(unknown);
        }

        public CheckSpec(String name, List<String> evidence, List<String> parameters) {
            this(name, evidence, parameters, List.of());
        }
    }
}
