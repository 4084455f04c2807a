package org.mischecker.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The action plan a trust gives for a safety action, as the report shows it: what a discretionary
 * payment for an action not met depends on (a lead, a timescale and the sum requested). Any part may
 * be missing (null).
 *
 * @param documentTitle the title of the plan's document, when one is named
 */
public record ActionPlanSummary(String action, String lead, LocalDate timescale, BigDecimal requestedSum,
                                String documentId, String documentTitle) {
}
