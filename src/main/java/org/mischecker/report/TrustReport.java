package org.mischecker.report;

import java.util.List;

/** The whole result for one trust's evidence file: ten actions and the overall verdict. */
public record TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                          List<ActionResult> actions) {

    public TrustReport {
        actions = List.copyOf(actions);
    }

    public int actionsMet() {
        return (int) actions.stream().filter(a -> a.outcome().isMet()).count();
    }

    public boolean meetsScheme() {
        return !actions.isEmpty() && actionsMet() == actions.size();
    }

    public List<ActionResult> actionsNotMet() {
        return actions.stream().filter(a -> !a.outcome().isMet()).toList();
    }

    public List<ActionResult> disagreements() {
        return actions.stream().filter(ActionResult::declarationDisagrees).toList();
    }

    /** Every unverified threshold any outcome in the report rests on, each once, in report order. */
    public List<ThresholdUse> unverifiedThresholds() {
        return actions.stream().flatMap(a -> a.standards().stream())
                .flatMap(s -> s.unverifiedThresholds().stream()).distinct().toList();
    }

    /** The one-line verdict: "10/10: meets the scheme; ..." or "7/10: does not meet the scheme (...)". */
    public String verdict() {
        String score = actionsMet() + "/" + actions.size();
        if (meetsScheme()) {
            return score + ": meets the scheme; eligible to recover the incentive-fund contribution";
        }
        String missing = String.join(", ", actionsNotMet().stream().map(ActionResult::id).toList());
        return score + ": does not meet the scheme (" + missing + " not met); an action plan is needed for any discretionary payment";
    }
}
