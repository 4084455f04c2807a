package org.mischecker.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.scheme.Confidence;
import org.mischecker.scheme.RuleFile;
import org.mischecker.scheme.SchemeYear;

/**
 * What a rule pack must hold for its verdicts to mean anything, read from the built rules and the
 * pack's data: every standard stated once with its title, wording, guidance, confidence and intent
 * (intents unique in the year), every rule named by its standard and polarity, a way to NO EVIDENCE
 * for every standard (never met by default), every evidence key and threshold a rule names defined,
 * and every threshold used. Each problem names the pack file to edit.
 */
public final class PackLint {

    private PackLint() {
    }

    public static List<String> problems(RuleBook book, ChallengeBook challenges) {
        SchemeYear scheme = book.scheme();
        String drl = "rules/y" + scheme.year() + "/*.drl";
        List<String> problems = new ArrayList<>();
        Map<String, String> intents = new HashMap<>();
        Map<String, List<Rule>> rulesByStandard = new HashMap<>();
        for (Rule r : book.rules()) {
            String standard = RuleMetadata.get(r, "standard");
            if (standard == null || RuleMetadata.get(r, "check") == null) {
                problems.add(file(scheme, r) + ": rule \"" + r.getName() + "\" has no @standard or @check");
                continue;
            }
            rulesByStandard.computeIfAbsent(standard, k -> new ArrayList<>()).add(r);
            if (!r.getName().startsWith(standard + " ")) {
                problems.add(file(scheme, r) + ": rule \"" + r.getName() + "\" is not named by its standard " + standard);
            }
            if (!r.getName().matches(".* (met|not met|no evidence|not assessed|judged)$")) {
                problems.add(file(scheme, r) + ": rule \"" + r.getName() + "\" does not end with its polarity (met, not met, no evidence,"
                        + " not assessed for a case the notes leave unsettled, or judged when one rule words both)");
            }
        }
        for (ActionSpec action : book.everyStandardGroup()) {
            for (StandardSpec s : action.standards()) {
                try {
                    Confidence.parse(s.confidence());
                } catch (IllegalArgumentException e) {
                    problems.add(drl + ": " + s.id() + " has @confidence(\"" + s.confidence() + "\"); expected S, R-H, R-M, R-L, I or GAP");
                }
                if (s.intent() == null || s.intent().isBlank()) {
                    problems.add(drl + ": " + s.id() + " has no @intent; expected a stable id of what it means across years, for example pmrt.reviewStarted");
                } else {
                    String earlier = intents.putIfAbsent(s.intent(), s.id());
                    if (earlier != null) {
                        problems.add(drl + ": " + s.id() + " has the intent " + s.intent() + " of " + earlier + "; expected one standard per intent in a year");
                    }
                }
                if (s.unknown()) {
                    continue;
                }
                List<String> names = rulesByStandard.getOrDefault(s.id(), List.of()).stream().map(Rule::getName).toList();
                if (names.stream().noneMatch(n -> n.endsWith(" no evidence"))) {
                    problems.add(drl + ": " + s.id() + " has no \"no evidence\" rule; expected one per check, so it is never met by default");
                }
                if (names.stream().noneMatch(n -> n.endsWith(" met") || n.endsWith(" judged"))) {
                    problems.add(drl + ": " + s.id() + " has no rule that can find it met");
                }
                for (StandardSpec.CheckSpec check : s.checks()) {
                    if (check.evidence().isEmpty()) {
                        problems.add(drl + ": " + s.id() + " " + check.name() + " names no @evidence");
                    }
                    for (String key : check.evidence()) {
                        String[] parts = key.split("\\.", 2);
                        boolean formPart = org.mischecker.evidence.DeclarationForm.PARTS.contains(key);
                        if (!formPart && (parts.length < 2 || scheme.action(parts[0]).map(a -> !a.evidence().containsKey(parts[1])).orElse(true))) {
                            problems.add(drl + ": " + s.id() + " reads " + key + ", which rules/y" + scheme.year() + "/evidence.yaml does not define");
                        }
                    }
                    for (String key : check.parameters()) {
                        if (!scheme.parameters().containsKey(key)) {
                            problems.add(drl + ": " + s.id() + " uses " + key + ", which rules/y" + scheme.year() + "/thresholds.yaml does not define");
                        }
                    }
                }
            }
        }
        problems.addAll(unusedThresholds(book, challenges));
        return problems;
    }

    /** A threshold no rule, challenge or measure names is either dead or a rule that forgot it: both are mistakes. */
    private static List<String> unusedThresholds(RuleBook book, ChallengeBook challenges) {
        SchemeYear scheme = book.scheme();
        Set<String> used = new TreeSet<>(SchemeYear.REQUIRED_PARAMETERS.keySet());
        used.add(RuleBook.ZERO_CASES);
        used.add(RuleBook.UPLIFT);
        used.add(Findings.EXTERNAL_DECIDES);
        book.everyStandardGroup().forEach(a -> a.standards().forEach(s -> s.checks().forEach(c -> used.addAll(c.parameters()))));
        challenges.rules().forEach(r -> used.addAll(RuleMetadata.list(r, "parameters")));
        scheme.actions().forEach(a -> a.evidence().values().forEach(k -> {
            if (k.notBefore() != null) {
                used.add(k.notBefore());
            }
        }));
        // A body's delegation reading is listed by the findings that counted a delegated committee's document.
        scheme.bodies().values().forEach(b -> {
            if (b.delegation() != null) {
                used.add(b.delegation());
            }
        });
        List<String> problems = new ArrayList<>();
        for (String key : scheme.parameters().keySet()) {
            if (!used.contains(key) && !scheme.measuresName(key)) {
                problems.add("rules/y" + scheme.year() + "/thresholds.yaml: " + key + " is used by no rule, challenge or measure");
            }
        }
        return problems;
    }

    /**
     * Every standard of the pack is tested by its own cases: one expecting it MET, one NOT_MET (when a
     * rule can find it so), one NO_EVIDENCE, and one NOT_ASSESSED when a rule leaves a case unsettled;
     * and the standards the case files list ({@code standards:}) are exactly the pack's, so a rule lost
     * in the build (an empty KieBase, a misspelt @standard) fails here rather than going unnoticed.
     */
    public static List<String> caseCoverage(RuleBook book, List<com.fasterxml.jackson.databind.JsonNode> caseFiles) {
        String cases = "rules/y" + book.scheme().year() + "/cases";
        Set<String> expected = new TreeSet<>();
        Set<String> listed = new TreeSet<>();
        for (com.fasterxml.jackson.databind.JsonNode file : caseFiles) {
            file.path("standards").forEach(s -> listed.add(s.asText()));
            for (com.fasterxml.jackson.databind.JsonNode c : file.path("cases")) {
                c.path("expect").fields().forEachRemaining(e -> expected.add(e.getKey() + "=" + e.getValue().asText()));
            }
        }
        List<String> problems = new ArrayList<>();
        Set<String> actual = new TreeSet<>();
        Map<String, List<Rule>> rules = new HashMap<>();
        book.rules().forEach(r -> rules.computeIfAbsent(RuleMetadata.get(r, "standard"), k -> new ArrayList<>()).add(r));
        for (ActionSpec action : book.everyStandardGroup()) {
            for (StandardSpec s : action.standards()) {
                actual.add(s.id());
                if (s.unknown()) {
                    continue;
                }
                boolean canFail = rules.getOrDefault(s.id(), List.of()).stream()
                        .anyMatch(r -> r.getName().endsWith(" not met") || r.getName().endsWith(" judged"));
                List<String> outcomes = new ArrayList<>(canFail ? List.of("MET", "NOT_MET", "NO_EVIDENCE") : List.of("MET", "NO_EVIDENCE"));
                // A rule that leaves a case unsettled (GAP) is tested like any other outcome.
                if (rules.getOrDefault(s.id(), List.of()).stream().anyMatch(r -> r.getName().endsWith(" not assessed"))) {
                    outcomes.add("NOT_ASSESSED");
                }
                for (String outcome : outcomes) {
                    if (!expected.contains(s.id() + "=" + outcome)) {
                        problems.add(cases + ": no case expects " + s.id() + ": " + outcome);
                    }
                }
            }
        }
        if (!listed.equals(actual)) {
            Set<String> missing = new TreeSet<>(actual);
            missing.removeAll(listed);
            Set<String> extra = new TreeSet<>(listed);
            extra.removeAll(actual);
            problems.add(cases + ": the case files list the standards " + listed.size() + " (standards: [...]) but the built rules hold "
                    + actual.size() + (missing.isEmpty() ? "" : "; not listed: " + missing) + (extra.isEmpty() ? "" : "; listed but not built: " + extra));
        }
        return problems;
    }

    private static String file(SchemeYear scheme, Rule r) {
        String pkg = r.getPackageName();
        for (RuleFile f : scheme.ruleFiles()) {
            if (f.text().contains("rule \"" + r.getName() + "\"")) {
                return f.source();
            }
        }
        return "rules/y" + scheme.year() + " (" + pkg + ")";
    }
}
