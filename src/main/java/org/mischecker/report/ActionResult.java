package org.mischecker.report;

import java.util.List;

/**
 * One safety action's outcome: met only if every standard is met.
 *
 * @param declared what the board declared (true met, false not met), or null when the file does not say
 */
public record ActionResult(String id, String title, Outcome outcome, Boolean declared,
                           List<StandardResult> standards) {

    /** The id under which the declaration's own conditions are reported, like an action but not one of the ten. */
    public static final String CONDITIONS = "DEC";

    public ActionResult {
        standards = List.copyOf(standards);
    }

    /**
     * The board declared met but the evidence does not support it, or the reverse. An action that
     * could not be assessed neither agrees nor disagrees: the checker does not know.
     */
    public boolean declarationDisagrees() {
        return declared != null && outcome != Outcome.NOT_ASSESSED && declared != outcome.isMet();
    }

    /** The declaration's own conditions rather than a safety action: the board declares nothing about them. */
    public boolean isConditions() {
        return CONDITIONS.equals(id);
    }

    /** Not met on the evidence (a standard not met or without evidence); not an action that could not be assessed. */
    public boolean failed() {
        return outcome == Outcome.NOT_MET || outcome == Outcome.NO_EVIDENCE;
    }
}
