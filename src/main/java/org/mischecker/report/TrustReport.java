package org.mischecker.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole result for one trust's evidence file: ten actions and the overall verdict; then the
 * questions for the board raised by the challenge rules, and the board date when the report is the
 * picture on a given day (null for the whole evidence).
 */
public record TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                          List<ActionResult> actions, List<Question> questions, AsOf asOf,
                          List<ActionPlanSummary> actionPlans, PackInfo pack) {

    public TrustReport {
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        actionPlans = List.copyOf(actionPlans);
    }

    /** A report whose evidence gives no action plans. */
    public TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                       List<ActionResult> actions, List<Question> questions, AsOf asOf) {
        this(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, List.of(), null);
    }

    /** A report of the standards alone, before any questions are asked. */
    public TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                       List<ActionResult> actions) {
        this(file, trustName, odsCode, schemeYear, schemeTitle, actions, List.of(), null);
    }

    public TrustReport withQuestions(List<Question> questions) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack);
    }

    public TrustReport withAsOf(AsOf asOf) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack);
    }

    public TrustReport withActionPlans(List<ActionPlanSummary> actionPlans) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack);
    }

    /** The report as judged by a pack whose status it states (null: a report built without one, in tests). */
    public TrustReport withPack(PackInfo pack) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack);
    }

    /** The plan the evidence gives for an action, if any. */
    public java.util.Optional<ActionPlanSummary> actionPlan(String action) {
        return actionPlans.stream().filter(p -> p.action().equals(action)).findFirst();
    }

    public int actionsMet() {
        return (int) actions.stream().filter(a -> a.outcome().isMet()).count();
    }

    public boolean meetsScheme() {
        return outcome() == Outcome.MET;
    }

    /**
     * The scheme's outcome for this trust: MET at ten out of ten; NOT_MET when any action is not met
     * (whatever else could not be assessed, the trust does not recover its contribution); otherwise
     * NOT_ASSESSED when some action could not be assessed (a threshold or a standard the pack does not
     * know): the verdict cannot be determined, and is neither "eligible" nor "does not meet".
     */
    public Outcome outcome() {
        if (actions.isEmpty()) {
            return Outcome.NOT_ASSESSED;
        }
        if (actions.stream().anyMatch(ActionResult::failed)) {
            return Outcome.NOT_MET;
        }
        return actions.stream().allMatch(a -> a.outcome().isMet()) ? Outcome.MET : Outcome.NOT_ASSESSED;
    }

    /** Every action not met, the not-assessed ones included. */
    public List<ActionResult> actionsNotMet() {
        return actions.stream().filter(a -> !a.outcome().isMet()).toList();
    }

    /** The actions not met on the evidence (those that could not be assessed are not among them). */
    public List<ActionResult> actionsFailed() {
        return actions.stream().filter(ActionResult::failed).toList();
    }

    /** The actions that could not be assessed. */
    public List<ActionResult> actionsNotAssessed() {
        return actions.stream().filter(a -> a.outcome() == Outcome.NOT_ASSESSED).toList();
    }

    public List<ActionResult> disagreements() {
        return actions.stream().filter(ActionResult::declarationDisagrees).toList();
    }

    /** Every unverified threshold any outcome in the report rests on, each once, in report order. */
    public List<ThresholdUse> unverifiedThresholds() {
        return actions.stream().flatMap(a -> a.standards().stream())
                .flatMap(s -> s.unverifiedThresholds().stream()).distinct().toList();
    }

    /**
     * On the board date, every cadence check with missing intervals, split into those that can no
     * longer be met and those still open; empty when the report is not for a board date.
     */
    public List<CadenceGap> cadenceGaps() {
        if (asOf == null) {
            return List.of();
        }
        List<CadenceGap> gaps = new ArrayList<>();
        for (ActionResult a : actions) {
            for (StandardResult s : a.standards()) {
                for (Finding f : s.findings()) {
                    if (f.cadence() == null || f.cadence().missing().isEmpty()) {
                        continue;
                    }
                    List<CadenceCoverage.Interval> missing = f.cadence().missing();
                    gaps.add(new CadenceGap(s.id(), f.check(), f.cadence().every(),
                            missing.stream().filter(i -> i.endedBefore(asOf.date())).toList(),
                            missing.stream().filter(i -> !i.endedBefore(asOf.date())).toList()));
                }
            }
        }
        return gaps;
    }

    /** The one-line verdict: "10/10: meets the scheme; ..." or "7/10: does not meet the scheme (...)". */
    public String verdict() {
        String score = actionsMet() + "/" + actions.size();
        if (meetsScheme()) {
            List<String> declaredNotMet = actions.stream().filter(a -> Boolean.FALSE.equals(a.declared())).map(ActionResult::id).toList();
            if (!declaredNotMet.isEmpty()) {
                // C-FIN-2: the money comes back to a trust that declares all ten met; the evidence alone does not recover it.
                return score + ": meets the scheme; eligible to recover the incentive-fund contribution only once the board"
                        + " declares all ten met (it declares " + String.join(", ", declaredNotMet) + " not met)";
            }
            return score + ": meets the scheme; eligible to recover the incentive-fund contribution";
        }
        if (outcome() == Outcome.NOT_ASSESSED) {
            return score + ": cannot be determined (" + String.join(", ", actionsNotAssessed().stream().map(ActionResult::id).toList())
                    + " could not be assessed: the rule pack does not know a threshold or standard for this scheme year);"
                    + " no action is shown not met";
        }
        List<String> failing = actionsFailed().stream().map(ActionResult::id).toList();
        List<String> unassessed = actionsNotAssessed().stream().map(ActionResult::id).toList();
        return score + ": does not meet the scheme (" + String.join(", ", failing) + " not met"
                + (unassessed.isEmpty() ? "" : "; " + String.join(", ", unassessed) + " could not be assessed")
                + "); an action plan is needed for any discretionary payment";
    }
}
