package org.mischecker.rules;

import org.kie.api.definition.rule.Rule;

/** Reads a rule's DRL annotations (@standard, @check, ...) as plain strings. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static String get(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** A comma-separated annotation (@evidence, @parameters) as its items; empty when absent. */
    static java.util.List<String> list(Rule rule, String key) {
        String csv = get(rule, key);
        if (csv == null || csv.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String required(Rule rule, String key) {
        String value = get(rule, key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("rule \"" + rule.getName() + "\" has no @" + key + " metadata");
        }
        return value;
    }
}
