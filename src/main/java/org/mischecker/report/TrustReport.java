package org.mischecker.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole result for one trust's evidence file: ten actions and the overall verdict; then the
 * questions for the board raised by the challenge rules, and the board date when the report is the
 * picture on a given day (null for the whole evidence); and the declaration's own conditions and the
 * money at stake, when the evidence gives them (null: not yet checked); and the trust's figures held
 * against external data, when the run was given any (null: no --external); and which version of the
 * evidence file it was made from, on which day (null for a report built in code).
 */
public record TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                          List<ActionResult> actions, List<Question> questions, AsOf asOf,
                          List<ActionPlanSummary> actionPlans, PackInfo pack, DeclarationCheck declaration,
                          ExternalVerification external, Provenance provenance) {

    public TrustReport {
        actions = List.copyOf(actions);
        questions = List.copyOf(questions);
        actionPlans = List.copyOf(actionPlans);
    }

    /** A report whose evidence gives no declaration section or contribution. */
    public TrustReport(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                       List<ActionResult> actions, List<Question> questions, AsOf asOf,
                       List<ActionPlanSummary> actionPlans, PackInfo pack) {
        this(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, null, null, null);
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
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration, external, provenance);
    }

    public TrustReport withAsOf(AsOf asOf) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration, external, provenance);
    }

    public TrustReport withActionPlans(List<ActionPlanSummary> actionPlans) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration, external, provenance);
    }

    /** The report as judged by a pack whose status it states (null: a report built without one, in tests). */
    public TrustReport withPack(PackInfo pack) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration, external, provenance);
    }

    /** The report with the evidence file's version and the day of the check. */
    public TrustReport withProvenance(Provenance provenance) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration,
                external, provenance);
    }

    /** The report with the trust's figures held against external data. */
    public TrustReport withExternal(ExternalVerification external) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration,
                external, provenance);
    }

    /** Every figure whose external value differs from the trust's own (empty without external data). */
    public List<ExternalVerification.Comparison> externalDisagreements() {
        return external == null ? List.of() : external.disagreements();
    }

    /** The report with the declaration's conditions as judged and the money at stake. */
    public TrustReport withDeclaration(DeclarationCheck declaration) {
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, actions, questions, asOf, actionPlans, pack, declaration, external, provenance);
    }

    /** The declaration's own conditions as judged, or null when not yet checked (no declaration section). */
    public ActionResult conditions() {
        return declaration == null ? null : declaration.conditions();
    }

    /** The money at stake, or null when the evidence does not give the contribution. */
    public Money money() {
        return declaration == null ? null : declaration.money();
    }

    /** Every group of standards judged: the actions, then the declaration's conditions when checked. */
    public List<ActionResult> actionsAndConditions() {
        if (conditions() == null) {
            return actions;
        }
        List<ActionResult> all = new ArrayList<>(actions);
        all.add(conditions());
        return all;
    }

    /**
     * NHS Resolution would pay on this report: all ten actions met, the declaration's conditions
     * checked and met, and the board declaring each of the ten met (C-FIN-2, C-DEC-1 to C-DEC-3).
     */
    public boolean eligible() {
        return meetsScheme() && conditions() != null && conditions().outcome() == Outcome.MET
                && actions.stream().allMatch(a -> Boolean.TRUE.equals(a.declared()));
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
        ActionResult conditions = conditions();
        if (actions.stream().anyMatch(ActionResult::failed) || conditions != null && conditions.failed()) {
            return Outcome.NOT_MET;
        }
        boolean known = actions.stream().allMatch(a -> a.outcome().isMet()) && (conditions == null || conditions.outcome().isMet());
        return known ? Outcome.MET : Outcome.NOT_ASSESSED;
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
        java.util.stream.Stream<ThresholdUse> judged = actionsAndConditions().stream().flatMap(a -> a.standards().stream())
                .flatMap(s -> s.unverifiedThresholds().stream());
        Money money = money();
        return java.util.stream.Stream.concat(judged, money == null || money.uplift() == null || money.uplift().verified()
                ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(money.uplift())).distinct().toList();
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

    /**
     * NHS Resolution verifies some figures against external data before it pays (mis-spec.md s2.3): an
     * eligible verdict says when this check did not (no --external data, or none for some of the
     * trust's sources), so it never claims a verification it did not make.
     */
    private String externalCaveat() {
        return switch (externalCoverage()) {
            case NOT_CHECKED -> "; subject to NHS Resolution's check of the trust's figures against external data, not made here"
                    + " (no external data was given: mis check --external)";
            case NO_ROW -> "; subject to NHS Resolution's check of the trust's figures against external data, not made here"
                    + " (no extract given has the trust)";
            case PARTIAL -> "; subject to NHS Resolution's check of the figures the external data given here does not cover";
            case COMPLETE -> "";
        };
    }

    /** How far this check held the trust's figures against external data. */
    public enum ExternalCoverage {
        /** No external data was given to the run. */
        NOT_CHECKED,
        /** External data was given, but no extract has the trust. */
        NO_ROW,
        /** Some of the pack's sources were checked for it; others had no extract in the run, or no row for it. */
        PARTIAL,
        /** Every source the pack names had an extract in the run with a row for it. */
        COMPLETE
    }

    public ExternalCoverage externalCoverage() {
        if (external == null) {
            return ExternalCoverage.NOT_CHECKED;
        }
        if (!external.verified()) {
            return ExternalCoverage.NO_ROW;
        }
        return external.without().isEmpty() ? ExternalCoverage.COMPLETE : ExternalCoverage.PARTIAL;
    }

    /**
     * The one-line verdict. "Eligible" only when everything NHS Resolution checks before it pays was
     * checked and met: the ten actions, the declaration's conditions and the board declaring all ten met;
     * where the conditions were not checked it says so, and never claims eligibility.
     */
    public String verdict() {
        String score = actionsMet() + "/" + actions.size();
        ActionResult conditions = conditions();
        String stake = money() == null ? null : money().stake();
        List<String> failedConditions = conditions == null ? List.of()
                : conditions.standards().stream().filter(s -> s.outcome() == Outcome.NOT_MET || s.outcome() == Outcome.NO_EVIDENCE)
                        .map(s -> s.id() + " " + s.title()).toList();
        boolean actionsAllMet = !actions.isEmpty() && actions.stream().allMatch(a -> a.outcome().isMet());
        if (actionsAllMet && !failedConditions.isEmpty()) {
            return score + ": meets all ten safety actions, but not eligible: the declaration's conditions are not met ("
                    + String.join("; ", failedConditions) + ")" + (stake == null ? "" : "; the incentive-fund contribution of " + stake
                    + " is not recovered");
        }
        if (meetsScheme()) {
            List<String> declaredNotMet = actions.stream().filter(a -> Boolean.FALSE.equals(a.declared())).map(ActionResult::id).toList();
            List<String> undeclared = actions.stream().filter(a -> a.declared() == null).map(ActionResult::id).toList();
            if (conditions == null) {
                // A trust still preparing: the actions are judged, the form is not, so nothing about payment is claimed.
                return score + ": meets all ten safety actions on this evidence; the declaration's conditions (deadline, signatures,"
                        + " Board approval) are not yet checked" + (declaredNotMet.isEmpty() ? "" : "; and the board declares "
                        + String.join(", ", declaredNotMet) + " not met, so nothing is recovered unless it declares all ten met")
                        + (stake == null ? "" : "; at stake: " + stake);
            }
            if (!declaredNotMet.isEmpty()) {
                // C-FIN-2: the money comes back to a trust whose board declares all ten met; the evidence alone does not recover it.
                return score + ": meets the scheme and the declaration's conditions, but not eligible: the board declares "
                        + String.join(", ", declaredNotMet) + " not met" + (stake == null ? "" : "; the incentive-fund contribution of "
                        + stake + " is not recovered");
            }
            if (!undeclared.isEmpty()) {
                return score + ": meets the scheme and the declaration's conditions; eligible to recover the incentive-fund contribution"
                        + (stake == null ? "" : " of " + stake) + " only if the form declares all ten met (the evidence file does not give"
                        + " the board's declaration for " + String.join(", ", undeclared) + ")" + externalCaveat();
            }
            return score + ": meets the scheme and the declaration's conditions; eligible to recover the incentive-fund contribution"
                    + (stake == null ? "" : " of " + stake) + externalCaveat();
        }
        if (outcome() == Outcome.NOT_ASSESSED) {
            List<String> unassessed = actionsNotAssessed().stream().map(ActionResult::id).toList();
            if (unassessed.isEmpty()) {
                return score + ": meets all ten safety actions, but eligibility cannot be determined (the declaration's conditions could"
                        + " not be assessed: the rule pack does not know a value they need for this scheme year)";
            }
            return score + ": cannot be determined (" + String.join(", ", unassessed)
                    + " could not be assessed: the rule pack does not know a threshold or standard for this scheme year);"
                    + " no action is shown not met";
        }
        List<String> failing = actionsFailed().stream().map(ActionResult::id).toList();
        List<String> unassessed = actionsNotAssessed().stream().map(ActionResult::id).toList();
        return score + ": does not meet the scheme (" + String.join(", ", failing) + " not met"
                + (unassessed.isEmpty() ? "" : "; " + String.join(", ", unassessed) + " could not be assessed")
                + (failedConditions.isEmpty() ? "" : "; nor are the declaration's conditions (" + String.join("; ", failedConditions) + ")")
                + ")" + (stake == null ? "" : "; the incentive-fund contribution of " + stake + " is not recovered")
                + "; an action plan is needed for any discretionary payment";
    }
}
