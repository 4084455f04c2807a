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
            List<StandardResult> standards = new ArrayList<>();
            for (StandardSpec spec : action.standards()) {
                standards.add(standard(spec, byStandard.getOrDefault(spec.id(), List.of())));
            }
            Outcome outcome = standards.isEmpty() ? Outcome.NOT_ASSESSED
                    : standards.stream().allMatch(s -> s.outcome().isMet()) ? Outcome.MET : Outcome.NOT_MET;
            results.add(new ActionResult(action.id(), action.title(), outcome, declared.get(action.id()), standards));
        }
        return new TrustReport(file, trustName, odsCode, schemeYear, schemeTitle, results);
    }

    static StandardResult standard(StandardSpec spec, List<Finding> findings) {
        List<String> checkOrder = spec.checks().stream().map(StandardSpec.CheckSpec::name).toList();
        List<Finding> sorted = new ArrayList<>(findings);
        // A check can find more than one fault at once (a document dated outside the period and approved
        // by the wrong body): the rationale orders them, so the report never depends on firing order.
        sorted.sort(Comparator.comparingInt((Finding f) -> index(checkOrder, f.check()))
                .thenComparing(f -> f.detail() == null ? "" : f.detail())
                .thenComparing(Finding::rationale));
        List<Finding> all = new ArrayList<>(sorted);
        for (String check : checkOrder) {
            if (sorted.stream().noneMatch(f -> f.check().equals(check))) {
                all.add(new Finding(spec.id(), check, null, Outcome.NOT_ASSESSED,
                        spec.id() + " " + check + " NOT ASSESSED: no rule could judge this check; the rule pack may be missing a threshold",
                        null, List.of(), List.of(), null, null));
            }
        }
        return new StandardResult(spec.id(), spec.title(), aggregate(all), spec.confidence(), all);
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
