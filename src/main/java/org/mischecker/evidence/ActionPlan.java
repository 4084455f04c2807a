package org.mischecker.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The trust's action plan for one safety action it does not meet: what a discretionary payment
 * needs (mis-spec.md s6 item 3: the plan covers the unmet action, with a lead, a timescale and a
 * requested sum). Any part may be missing; the challenge rules ask for what is.
 *
 * @param timescale the date by which the plan is to be completed
 * @param requestedSum the sum asked for, in pounds
 * @param document the id of the plan's document in the documents list, or null
 */
public record ActionPlan(String action, String lead, LocalDate timescale, BigDecimal requestedSum, String document, Location at) {

    /** The parts a plan needs that this one leaves out, in the order the scheme names them. */
    public List<String> missingParts() {
        List<String> missing = new ArrayList<>(3);
        if (lead == null) {
            missing.add("lead");
        }
        if (timescale == null) {
            missing.add("timescale");
        }
        if (requestedSum == null) {
            missing.add("requested sum");
        }
        return missing;
    }

    public boolean complete() {
        return lead != null && timescale != null && requestedSum != null;
    }
}
