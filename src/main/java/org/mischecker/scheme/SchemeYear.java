package org.mischecker.scheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one scheme year needs that is data, not code: thresholds with sources, the evidence
 * catalogue, and the DRL rule files. Adding a year means adding a folder under rules/.
 *
 * @param ruleFiles the standards' rules (saNN-*.drl at the top of the year's folder)
 * @param challengeFiles the board's challenge questions (challenges/*.drl), run as a second stage
 * @param bodies the bodies the evidence keys' {@code approver:} lists name, by id (evidence.yaml {@code bodies:})
 */
public record SchemeYear(int year, String title, String guidance, Map<String, Parameter> parameters,
                         List<ActionInfo> actions, List<RuleFile> ruleFiles, List<RuleFile> challengeFiles,
                         Map<String, Body> bodies) {

    public SchemeYear {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        actions = List.copyOf(actions);
        ruleFiles = List.copyOf(ruleFiles);
        challengeFiles = List.copyOf(challengeFiles);
        bodies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bodies));
    }

    /** A year without challenge questions. */
    public SchemeYear(int year, String title, String guidance, Map<String, Parameter> parameters,
                      List<ActionInfo> actions, List<RuleFile> ruleFiles, Map<String, Body> bodies) {
        this(year, title, guidance, parameters, actions, ruleFiles, List.of(), bodies);
    }

    /** The bodies a key's standard names (its {@code approver:} list), in the order written; empty when it names none. */
    public List<Body> bodiesOf(EvidenceKey key) {
        return key.approvers().stream().map(bodies::get).toList();
    }

    public Optional<ActionInfo> action(String id) {
        return actions.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<Parameter> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }
}
