package org.mischecker.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the findings of one rule session into a report. Outcomes are aggregated here, in Java, not
 * by rule salience: a standard is met only when each of its checks produced findings and all are
 * met; an action only when all its standards are; the scheme only at ten out of ten.
 */
public final class ReportBuilder {

    /** An action of the scheme year, in order, with its standards. */
    public record ActionSpec(String id, String title, List<StandardSpec> standards) {
        public ActionSpec {
            standards = List.copyOf(standards);
        }
    }

    private ReportBuilder() {
    }

    public static TrustReport build(String file, String trustName, String odsCode, int schemeYear, String schemeTitle,
                                    List<ActionSpec> actions, Map<String, Boolean> declared, List<Finding> findings) {
        Map<String, List<Finding>> byStandard = new LinkedHashMap<>();
        for (Finding f : findings) {
            byStandard.computeIfAbsent(f.standard(), k -> new ArrayList<>()).add(f);
        }
        List<ActionResult> results = new ArrayList<>();
        for (ActionSpec action : actions) {
            results.add(action(action, byStandard, declared.get(action.id())));
        }
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, results);
    }

    /** One group of standards (an action, or the declaration's conditions) judged on a session's findings. */
    public static ActionResult action(ActionSpec action, List<Finding> findings, Boolean declared) {
        Map<String, List<Finding>> byStandard = new LinkedHashMap<>();
        for (Finding f : findings) {
            byStandard.computeIfAbsent(f.standard(), k -> new ArrayList<>()).add(f);
        }
        return action(action, byStandard, declared);
    }

    private static ActionResult action(ActionSpec action, Map<String, List<Finding>> byStandard, Boolean declared) {
        List<StandardResult> standards = new ArrayList<>();
        for (StandardSpec spec : action.standards()) {
            standards.add(standard(spec, byStandard.getOrDefault(spec.id(), List.of())));
        }
        return new ActionResult(action.id(), action.title(), action(standards), declared, standards);
    }

    /**
     * An action is met only when every standard is; not met when any standard is not met or has no
     * evidence (missing evidence is not met); otherwise, when some standard could not be assessed,
     * the action could not be assessed either: its outcome is unknown, not failed.
     */
    private static Outcome action(List<StandardResult> standards) {
        if (standards.isEmpty()) {
            return Outcome.NOT_ASSESSED;
        }
        if (standards.stream().anyMatch(s -> s.outcome() == Outcome.NOT_MET || s.outcome() == Outcome.NO_EVIDENCE)) {
            return Outcome.NOT_MET;
        }
        return standards.stream().allMatch(s -> s.outcome().isMet()) ? Outcome.MET : Outcome.NOT_ASSESSED;
    }

    static StandardResult standard(StandardSpec spec, List<Finding> findings) {
        if (spec.unknown()) {
            // The guidance for the year does not let the pack state the standard: nothing is judged on a guess.
            return new StandardResult(spec.id(), spec.title(), Outcome.NOT_ASSESSED, spec.confidence(), List.of(new Finding(spec.id(),
                    spec.checks().isEmpty() ? "standard" : spec.checks().get(0).name(), null, Outcome.NOT_ASSESSED,
                    spec.id() + " NOT ASSESSED: what this standard asks is not known for this scheme year (" + spec.guidance() + ")",
                    null, List.of(), List.of(), null, null)), spec.intent());
        }
        List<String> checkOrder = spec.checks().stream().map(StandardSpec.CheckSpec::name).toList();
        List<Finding> sorted = new ArrayList<>(findings);
        // A check can find more than one fault at once (a document dated outside the period and approved
        // by the wrong body): the rationale orders them, so the report never depends on firing order.
        sorted.sort(Comparator.comparingInt((Finding f) -> index(checkOrder, f.check()))
                .thenComparing(f -> f.detail() == null ? "" : f.detail())
                .thenComparing(Finding::rationale));
        List<Finding> all = new ArrayList<>();
        for (StandardSpec.CheckSpec check : spec.checks()) {
            if (!check.unknown().isEmpty()) {
                all.add(unknownThreshold(spec, check, sorted));
            }
        }
        for (Finding f : sorted) {
            if (spec.checks().stream().noneMatch(c -> c.name().equals(f.check()) && !c.unknown().isEmpty())) {
                all.add(f);
            }
        }
        all.sort(Comparator.comparingInt((Finding f) -> index(checkOrder, f.check())));
        for (String check : checkOrder) {
            if (all.stream().noneMatch(f -> f.check().equals(check))) {
                all.add(new Finding(spec.id(), check, null, Outcome.NOT_ASSESSED,
                        spec.id() + " " + check + " NOT ASSESSED: no rule could judge this check; the rule pack may be missing a threshold",
                        null, List.of(), List.of(), null, null));
            }
        }
        return new StandardResult(spec.id(), spec.title(), aggregate(all), spec.confidence(), all, spec.intent());
    }

    /**
     * A check resting on a value the pack does not know (GAP) is NOT ASSESSED, whatever the evidence:
     * a finding about it would be judged on a guess. What the evidence lacks is said too, so a team
     * filling in the file still learns it.
     */
    private static Finding unknownThreshold(StandardSpec spec, StandardSpec.CheckSpec check, List<Finding> findings) {
        String missing = findings.stream().filter(f -> f.check().equals(check.name()) && f.outcome() == Outcome.NO_EVIDENCE)
                .map(Finding::missingEvidence).filter(java.util.Objects::nonNull).distinct().reduce((a, b) -> a + ", " + b).orElse(null);
        String text = spec.id() + " " + check.name() + " NOT ASSESSED: " + String.join(" and ", check.unknown().stream().map(ThresholdUse::key).toList())
                + (check.unknown().size() == 1 ? " is" : " are") + " not known for this scheme year (GAP), so the check cannot be judged"
                + (missing == null ? "" : "; the evidence also lacks " + missing);
        return new Finding(spec.id(), check.name(), null, Outcome.NOT_ASSESSED, text, null, check.unknown(), List.of(), missing,
                null);
    }

    private static Outcome aggregate(List<Finding> findings) {
        if (findings.isEmpty()) {
            return Outcome.NOT_ASSESSED;
        }
        for (Outcome worst : List.of(Outcome.NOT_MET, Outcome.NO_EVIDENCE, Outcome.NOT_ASSESSED)) {
            if (findings.stream().anyMatch(f -> f.outcome() == worst)) {
                return worst;
            }
        }
        return Outcome.MET;
    }

    private static int index(List<String> order, String check) {
        int i = order.indexOf(check);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
