package org.mischecker.scheme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one scheme year needs that is data, not code: thresholds with sources, the evidence
 * catalogue, and the DRL rule files. Adding a year means adding a folder under rules/.
 */
public record SchemeYear(int year, String title, String guidance, Map<String, Parameter> parameters,
                         List<ActionInfo> actions, List<RuleFile> ruleFiles) {

    public SchemeYear {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        actions = List.copyOf(actions);
        ruleFiles = List.copyOf(ruleFiles);
    }

    public Optional<ActionInfo> action(String id) {
        return actions.stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
    }

    public Optional<Parameter> parameter(String key) {
        return Optional.ofNullable(parameters.get(key));
    }
}
