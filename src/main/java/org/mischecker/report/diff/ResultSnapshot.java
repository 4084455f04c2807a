package org.mischecker.report.diff;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code mis diff} compares of one trust's result: the verdict, each action's and standard's
 * outcome, and each figure's counts. Read from a result of the JSON format (formatVersion 1), which
 * is also how a freshly checked evidence file is read, so both kinds of input are compared alike.
 */
public record ResultSnapshot(String file, String trustName, String odsCode, int actionsMet, int actionsTotal,
                             Map<String, String> actionOutcomes, Map<String, Standard> standards) {

    public ResultSnapshot {
        actionOutcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actionOutcomes));
        standards = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(standards));
    }

    /** A standard's outcome (an Outcome name: MET, NOT_MET, ...) and its figures. */
    public record Standard(String id, String title, String outcome, List<Figure> figures) {
        public Standard {
            figures = List.copyOf(figures);
        }
    }

    /** A figure as a finding reported it; {@code detail} is the staff group, or null. */
    public record Figure(String check, String detail, long numerator, long denominator, String percent) {

        /** "41 of 44 (93.2%)". */
        public String display() {
            return numerator + " of " + denominator + (percent == null ? "" : " (" + percent + ")");
        }

        String identity() {
            return detail == null ? check : check + " (" + detail + ")";
        }
    }

    /** Reads one element of a JSON results document's {@code results} array. */
    public static ResultSnapshot fromJson(JsonNode result) {
        Map<String, String> actions = new LinkedHashMap<>();
        Map<String, Standard> standards = new LinkedHashMap<>();
        for (JsonNode a : result.path("actions")) {
            actions.put(a.path("id").asText(), a.path("outcome").asText());
            for (JsonNode s : a.path("standards")) {
                List<Figure> figures = new ArrayList<>();
                for (JsonNode f : s.path("findings")) {
                    JsonNode fig = f.path("figure");
                    if (fig.isObject()) {
                        figures.add(new Figure(f.path("check").asText(), f.hasNonNull("detail") ? f.path("detail").asText() : null,
                                fig.path("numerator").asLong(), fig.path("denominator").asLong(),
                                fig.hasNonNull("percent") ? fig.path("percent").asText() : null));
                    }
                }
                standards.put(s.path("id").asText(), new Standard(s.path("id").asText(), s.path("title").asText(),
                        s.path("outcome").asText(), figures));
            }
        }
        JsonNode verdict = result.path("verdict");
        return new ResultSnapshot(result.path("file").asText(), result.path("trust").path("name").asText(),
                result.path("trust").path("odsCode").asText(), verdict.path("actionsMet").asInt(),
                verdict.path("actionsTotal").asInt(), actions, standards);
    }
}
