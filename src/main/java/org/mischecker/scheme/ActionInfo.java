package org.mischecker.scheme;

import java.util.Map;

/**
 * A safety action of one scheme year: its id (SA1..SA10), title, the evidence keys it reads, and any
 * standards of it the guidance for the year does not let the pack state (GAP).
 */
public record ActionInfo(String id, String title, Map<String, EvidenceKey> evidence, java.util.List<UnknownStandard> unknownStandards) {

    public ActionInfo {
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
        unknownStandards = java.util.List.copyOf(unknownStandards);
    }

    public ActionInfo(String id, String title, Map<String, EvidenceKey> evidence) {
        this(id, title, evidence, java.util.List.of());
    }

    /** Numeric order: SA2 before SA10. */
    public int number() {
        return Integer.parseInt(id.substring(2));
    }
}
