package org.mischecker.scheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one scheme year needs that is data, not code: thresholds with sources, the evidence
 * catalogue, and the DRL rule files. Adding a year means adding a folder under rules/.
 *
 * @param guidanceVersion the version of the guidance the pack encodes (YYYY-MM), or null when it names none
 * @param ruleFiles the standards' rules (saNN-*.drl at the top of the year's folder)
 * @param challengeFiles the board's challenge questions (challenges/*.drl), run as a second stage
 * @param quotedParameters the parameters the evidence keys' measures quote ({key} in evidence.yaml)
 * @param bodies the bodies the evidence keys' {@code approver:} lists name, by id (evidence.yaml {@code bodies:})
 * @param formApprovers for each document the declaration form names (boardApproval), the ids of the bodies
 *                      that must have approved it (evidence.yaml {@code declaration:}); empty when the pack names none
 * @param externalSources the data NHS Resolution verifies figures against, by id (evidence.yaml {@code externalSources:})
 */
public record SchemeYear(int year, String schemeName, String title, String guidance, String guidanceVersion, Map<String, Parameter> parameters,
                         List<ActionInfo> actions, List<RuleFile> ruleFiles, List<RuleFile> challengeFiles,
                         java.util.Set<String> quotedParameters, Map<String, Body> bodies,
                         Map<String, List<String>> formApprovers, Map<String, ExternalSource> externalSources) {

    /**
     * The values the checker itself relies on, whatever the year: the declaration deadline (documents
     * dated after it are refused; --as-of counts the days to it) and the reporting period (documents
     * used as evidence are dated within it). Every pack must name them, with these types; checked when
     * the pack is read.
     */
    public static final Map<String, String> REQUIRED_PARAMETERS = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
            Map.of("declaration.deadline", "datetime", "period.start", "date", "period.end", "date")));

    public SchemeYear {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        actions = List.copyOf(actions);
        ruleFiles = List.copyOf(ruleFiles);
        challengeFiles = List.copyOf(challengeFiles);
        quotedParameters = java.util.Set.copyOf(quotedParameters);
        bodies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bodies));
        formApprovers = Map.copyOf(formApprovers);
        externalSources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(externalSources));
    }

    /**
     * The reading under which 0 of 0 meets a minimum percentage (a figure with no cases has none that fell
     * short); a pack without it, known, counts no cases as not met.
     */
    public static final String ZERO_CASES = "zeroCases.countAsMet";

    /** The same year with other standards' rules (a test edits them). */
    public SchemeYear withRuleFiles(List<RuleFile> files) {
        return new SchemeYear(year, schemeName, title, guidance, guidanceVersion, parameters, actions, files, challengeFiles, quotedParameters, bodies, formApprovers, externalSources);
    }

    /** The values this pack does not know (GAP), in file order: a pack with any is a draft. */
    public List<Parameter> unknownParameters() {
        return parameters.values().stream().filter(p -> !p.known()).toList();
    }

    /** True when an evidence key's measure quotes this parameter ({key} in evidence.yaml). */
    public boolean measuresName(String key) {
        return quotedParameters.contains(key);
    }

    /** Every standard the pack declares unknown for the year, by action. */
    public List<UnknownStandard> unknownStandards() {
        return actions.stream().flatMap(a -> a.unknownStandards().stream()).toList();
    }

    /** The bodies a key's standard names (its {@code approver:} list), in the order written; empty when it names none. */
    public List<Body> bodiesOf(EvidenceKey key) {
        return key.approvers().stream().map(bodies::get).toList();
    }

    /**
     * A day near the end of the year's reporting period, for the examples in messages, templates and
     * the schema ("for example 2022-11-24" in year 4), so no year's dates are written into the code;
     * empty when the pack does not know its period or deadline.
     */
    public Optional<java.time.LocalDate> exampleDay() {
        return parameter("period.end").filter(Parameter::known).map(p -> p.date().minusDays(11))
                .or(() -> parameter("declaration.deadline").filter(Parameter::known).map(p -> p.dateTime().toLocalDate().minusDays(70)));
    }

    /** "for example 2022-11-24", or "" when the pack knows no dates. */
    public String exampleDate() {
        return exampleDay().map(d -> ", for example " + d).orElse("");
    }

    /** "for example 2022-11", or "". */
    public String exampleMonth() {
        return exampleDay().map(d -> ", for example " + java.time.YearMonth.from(d)).orElse("");
    }

    /** A document id as a trust might write it: "board-2022-11". */
    public String exampleDocumentId(int monthsEarlier) {
        return "board-" + exampleDay().map(d -> java.time.YearMonth.from(d).minusMonths(monthsEarlier).toString()).orElse("YYYY-MM");
    }

    /** An action plan's completion date as a trust might write it: the end of the eighth month after the deadline. */
    public String exampleTimescale() {
        return parameter("declaration.deadline").filter(Parameter::known)
                .map(p -> java.time.YearMonth.from(p.dateTime()).plusMonths(7).atEndOfMonth().toString()).orElse("YYYY-MM-DD");
    }

    public Optional<ActionInfo> action(String id) {
        return actions.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<Parameter> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }
}
