package org.mischecker.scheme;

import java.util.Map;

/** A safety action of one scheme year: its id (SA1..SA10), title and the evidence keys it reads. */
public record ActionInfo(String id, String title, Map<String, EvidenceKey> evidence) {

    public ActionInfo {
        evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    /** Numeric order: SA2 before SA10. */
    public int number() {
        return Integer.parseInt(id.substring(2));
    }
}
