package org.mischecker.report;

/**
 * The outcome of a check, a standard or an action. Only MET counts as met; NO_EVIDENCE (required
 * evidence absent) and NOT_ASSESSED (no rule could judge it, e.g. a threshold missing from the pack)
 * are kept apart from NOT_MET so the reader knows what to do about them.
 */
public enum Outcome {
    MET("MET"),
    NOT_MET("NOT MET"),
    NO_EVIDENCE("NO EVIDENCE"),
    NOT_ASSESSED("NOT ASSESSED");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isMet() {
        return this == MET;
    }
}
