package org.mischecker.report;

/**
 * What the report says beyond the ten actions about the declaration itself: its own conditions
 * (deadline, signatures, the Board's approval, the discussion with the commissioner), judged when the
 * evidence file has a declaration section, and the money at stake when it gives the contribution.
 *
 * @param conditions the conditions as judged (id "DEC"), or null when the file has no declaration
 *                   section (a trust still preparing) or the pack states none: not yet checked
 * @param money the contribution and the incentive element, or null when the file does not give it
 * @param pending when not checked, the titles of the conditions the pack would judge on a declaration
 *                section (empty when the pack states none)
 */
public record DeclarationCheck(ActionResult conditions, Money money, java.util.List<String> pending) {

    public DeclarationCheck {
        pending = java.util.List.copyOf(pending);
    }

    /** The conditions were judged. */
    public boolean checked() {
        return conditions != null;
    }
}
