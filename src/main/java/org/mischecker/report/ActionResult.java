package org.mischecker.report;

import java.util.List;

/**
 * One safety action's outcome: met only if every standard is met.
 *
 * @param declared what the board declared (true met, false not met), or null when the file does not say
 */
public record ActionResult(String id, String title, Outcome outcome, Boolean declared,
                           List<StandardResult> standards) {

    public ActionResult {
        standards = List.copyOf(standards);
    }

    /** The board declared met but the evidence does not support it, or the reverse. */
    public boolean declarationDisagrees() {
        return declared != null && declared != outcome.isMet();
    }
}
