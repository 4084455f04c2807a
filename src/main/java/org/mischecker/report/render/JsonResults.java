package org.mischecker.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionPlanSummary;
import org.mischecker.report.ActionResult;
import org.mischecker.report.AsOf;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.PackInfo;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * Reads a saved result of {@code mis check --format json} back into the report model: the one
 * adapter from the JSON format (the counterpart of {@link JsonRenderer}, and the only other class
 * that knows its field names), so a saved result and a fresh check are compared alike. What the
 * format does not carry is absent from the model read (a result saved before exact percentages and
 * cadence intervals were written has neither).
 *
 * <p>Bounded: the document is streamed, only the first result is kept, a second is counted without
 * being held, and nesting and string lengths are limited, so a file of thousands of trusts or a
 * hostile one is refused in flat memory.
 */
public final class JsonResults {

    /** Results are a few levels deep; a deeper document is not one of ours. */
    static final int MAX_NESTING = 32;

    /** A file that is not one trust's saved result, with what is wrong and what is expected. */
    public static final class NotAResult extends Exception {
        public NotAResult(String message) {
            super(message, null, false, false);
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Exact percentages read back as written (100.0000000000, not 1E+2), so they compare equal to a fresh check's.
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    private JsonResults() {
    }

    /** The one trust's result in {@code file}; anything else is refused with a message naming the file. */
    public static TrustReport readOne(Path file) throws NotAResult {
        JsonNode result = null;
        JsonNode thresholds = null;
        int version = -1;
        int results = 0;
        boolean resultsArray = false;
        try (JsonParser p = FACTORY.createParser(Files.newInputStream(file))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notResults(file);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "formatVersion" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "results" -> {
                        if (value != JsonToken.START_ARRAY) {
                            p.skipChildren();
                            continue;
                        }
                        resultsArray = true;
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            if (results++ == 0) {
                                result = MAPPER.readTree(p);
                            } else {
                                p.skipChildren();
                            }
                        }
                    }
                    case "thresholds" -> thresholds = MAPPER.readTree(p);
                    default -> p.skipChildren();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new NotAResult(shown(file) + ": nested more than " + MAX_NESTING + " levels deep; expected the output of 'mis check --format json'");
        } catch (JsonProcessingException e) {
            throw new NotAResult(shown(file) + ": not valid JSON (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "); expected the output of 'mis check --format json'");
        } catch (IOException e) {
            throw new NotAResult(shown(file) + ": cannot be read (" + e.getMessage() + ")");
        }
        if (version != JsonRenderer.FORMAT_VERSION || !resultsArray) {
            throw notResults(file);
        }
        if (results != 1) {
            throw new NotAResult(shown(file) + ": holds " + results + " results; expected the result of one trust "
                    + "(run 'mis check --format json' on a single file)");
        }
        String incomplete = incomplete(result);
        if (incomplete != null) {
            throw new NotAResult(shown(file) + ": results[0] is not a complete result (" + incomplete
                    + "); expected the output of 'mis check --format json', unedited");
        }
        return report(result, thresholds == null ? MAPPER.createObjectNode() : thresholds);
    }

    private static String shown(Path file) {
        return org.mischecker.report.Printable.visible(file.toString());
    }

    private static NotAResult notResults(Path file) {
        return new NotAResult(shown(file) + ": not a results document; expected the output of 'mis check --format json' "
                + "(formatVersion " + JsonRenderer.FORMAT_VERSION + ")");
    }

    /** What a result lacks for a fair comparison, or null: a hand-edited file must not compare as real. */
    private static String incomplete(JsonNode result) {
        String unprintable = unprintable(result);
        if (unprintable != null) {
            return "text with a control character at " + unprintable + ", which no check writes";
        }
        if (!result.path("file").isTextual() || !result.path("trust").path("name").isTextual()) {
            return "no file or trust name";
        }
        JsonNode verdict = result.path("verdict");
        JsonNode actions = result.path("actions");
        if (!verdict.path("actionsMet").isInt() || !verdict.path("actionsTotal").isInt() || !actions.isArray() || actions.isEmpty()) {
            return "no verdict or no actions";
        }
        int met = 0;
        for (JsonNode a : actions) {
            if (!a.path("id").isTextual() || outcome(a.path("outcome")) == null || !a.path("standards").isArray()) {
                return "an action without id, outcome or standards";
            }
            for (JsonNode st : a.path("standards")) {
                if (!st.path("id").isTextual() || outcome(st.path("outcome")) == null) {
                    return "a standard of " + a.path("id").asText() + " without id or outcome";
                }
                for (JsonNode f : st.path("findings")) {
                    if (outcome(f.path("outcome")) == null) {
                        return "a finding of " + st.path("id").asText() + " without an outcome";
                    }
                }
            }
            met += outcome(a.path("outcome")) == Outcome.MET ? 1 : 0;
        }
        if (verdict.path("actionsTotal").asInt() != actions.size() || verdict.path("actionsMet").asInt() != met) {
            return "its verdict says " + verdict.path("actionsMet").asInt() + "/" + verdict.path("actionsTotal").asInt()
                    + " but its actions show " + met + "/" + actions.size();
        }
        JsonNode asOf = result.path("asOf");
        try {
            if (asOf.isObject()) {
                asOf(asOf);
            }
            for (JsonNode x : result.path("external").path("figures")) {
                LocalDate.parse(x.path("extracted").asText());
            }
            for (JsonNode p : result.path("actionPlans")) {
                if (p.path("timescale").isTextual()) {
                    LocalDate.parse(p.path("timescale").asText());
                }
            }
            for (JsonNode a : actions) {
                for (JsonNode st : a.path("standards")) {
                    for (JsonNode f : st.path("findings")) {
                        for (JsonNode i : f.path("cadence").path("intervals")) {
                            LocalDate start = LocalDate.parse(i.path("start").asText());
                            if (LocalDate.parse(i.path("end").asText()).isBefore(start)) {
                                return "a cadence interval of " + st.path("id").asText() + " that ends before it starts";
                            }
                            for (JsonNode d : i.path("documents")) {
                                LocalDate.parse(d.asText());
                            }
                        }
                    }
                }
            }
        } catch (java.time.format.DateTimeParseException e) {
            return "a date that is not a date";
        }
        return null;
    }

    /** The path of the first text holding a control or bidirectional character, or null: a result read back must not forge a report. */
    private static String unprintable(JsonNode node) {
        java.util.Deque<java.util.Map.Entry<String, JsonNode>> todo = new java.util.ArrayDeque<>();
        todo.push(java.util.Map.entry("results[0]", node));
        while (!todo.isEmpty()) {
            java.util.Map.Entry<String, JsonNode> e = todo.pop();
            JsonNode n = e.getValue();
            if (n.isTextual() && !org.mischecker.report.Printable.plain(n.asText())) {
                return e.getKey();
            }
            if (n.isObject()) {
                n.fields().forEachRemaining(f -> todo.push(java.util.Map.entry(e.getKey() + "." + f.getKey(), f.getValue())));
            } else if (n.isArray()) {
                for (int i = 0; i < n.size(); i++) {
                    todo.push(java.util.Map.entry(e.getKey() + "[" + i + "]", n.get(i)));
                }
            }
        }
        return null;
    }

    private static TrustReport report(JsonNode r, JsonNode thresholds) {
        int year = r.path("schemeYear").asInt();
        JsonNode yearThresholds = thresholds.path(String.valueOf(year));
        List<ActionResult> actions = new ArrayList<>();
        for (JsonNode a : r.path("actions")) {
            actions.add(action(a, yearThresholds));
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode q : r.path("questions")) {
            List<String> figures = new ArrayList<>();
            q.path("figures").forEach(f -> figures.add(f.asText()));
            questions.add(new Question(text(q, "subject"), text(q, "concern"), text(q, "text"), figures));
        }
        List<ActionPlanSummary> plans = new ArrayList<>();
        for (JsonNode p : r.path("actionPlans")) {
            plans.add(new ActionPlanSummary(text(p, "action"), text(p, "lead"),
                    p.path("timescale").isTextual() ? LocalDate.parse(p.path("timescale").asText()) : null,
                    p.path("requestedSum").isNumber() ? p.path("requestedSum").decimalValue() : null,
                    text(p, "document"), text(p, "documentTitle")));
        }
        return new TrustReport(r.path("file").asText(), r.path("trust").path("name").asText(), text(r.path("trust"), "odsCode"),
                year, text(r, "scheme"), actions, questions, asOf(r.path("asOf")), plans, pack(r.path("pack")),
                declaration(r.path("declaration"), yearThresholds), external(r.path("external"), yearThresholds), null);
    }

    private static org.mischecker.report.ExternalVerification external(JsonNode e, JsonNode thresholds) {
        if (!e.isObject()) {
            return null;
        }
        List<String> extracts = new ArrayList<>();
        e.path("extracts").forEach(x -> extracts.add(x.asText()));
        List<String> without = new ArrayList<>();
        e.path("without").forEach(x -> without.add(x.asText()));
        List<org.mischecker.report.ExternalVerification.Comparison> comparisons = new ArrayList<>();
        for (JsonNode c : e.path("figures")) {
            JsonNode own = c.path("reported");
            comparisons.add(new org.mischecker.report.ExternalVerification.Comparison(text(c, "key"), text(c, "measure"), text(c, "source"),
                    LocalDate.parse(c.path("extracted").asText()), own.isObject() ? own.path("numerator").asLong() : null,
                    own.isObject() ? own.path("denominator").asLong() : null, c.path("externalFigure").path("numerator").asLong(),
                    c.path("externalFigure").path("denominator").asLong(), c.path("decided").asBoolean(), text(c, "at")));
        }
        String key = text(e, "reading");
        JsonNode t = key == null ? null : thresholds.path(key);
        return new org.mischecker.report.ExternalVerification(extracts, without, comparisons, key == null ? null
                : new ThresholdUse(key, text(t, "value"), text(t, "confidence"), t.path("verified").asBoolean(), text(t, "source")));
    }

    private static ActionResult action(JsonNode a, JsonNode thresholds) {
        List<StandardResult> standards = new ArrayList<>();
        for (JsonNode s : a.path("standards")) {
            List<Finding> findings = new ArrayList<>();
            for (JsonNode f : s.path("findings")) {
                findings.add(finding(s.path("id").asText(), f, thresholds));
            }
            standards.add(new StandardResult(s.path("id").asText(), text(s, "title"), outcome(s.path("outcome")),
                    text(s, "confidence"), findings, text(s, "intent")));
        }
        return new ActionResult(a.path("id").asText(), text(a, "title"), outcome(a.path("outcome")), declared(a.path("declared")), standards);
    }

    private static org.mischecker.report.DeclarationCheck declaration(JsonNode d, JsonNode thresholds) {
        if (!d.isObject()) {
            return null;
        }
        org.mischecker.report.Money money = null;
        JsonNode m = d.path("money");
        if (m.isObject() && m.path("maternityContribution").isNumber()) {
            JsonNode u = m.path("uplift");
            money = new org.mischecker.report.Money(m.path("maternityContribution").decimalValue(), u.isObject()
                    ? new ThresholdUse(text(u, "key"), text(u, "value"), text(u, "confidence"), u.path("verified").asBoolean(), text(u, "source"))
                    : null, m.path("incentive").isNumber() ? m.path("incentive").decimalValue() : null);
        }
        List<String> pending = new ArrayList<>();
        d.path("pending").forEach(p -> pending.add(p.asText()));
        return new org.mischecker.report.DeclarationCheck(d.path("conditions").isObject() ? action(d.path("conditions"), thresholds) : null,
                money, pending);
    }

    private static Finding finding(String standard, JsonNode f, JsonNode thresholds) {
        FigureValue figure = null;
        JsonNode fig = f.path("figure");
        if (fig.isObject()) {
            figure = new FigureValue(fig.path("numerator").asLong(), fig.path("denominator").asLong(), text(fig, "percent"),
                    text(fig, "required"), fig.path("exactPercent").isNumber() ? fig.path("exactPercent").decimalValue() : null,
                    fig.path("requiredPercent").isNumber() ? fig.path("requiredPercent").decimalValue() : null);
        }
        List<ThresholdUse> used = new ArrayList<>();
        for (JsonNode key : f.path("thresholds")) {
            JsonNode t = thresholds.path(key.asText());
            used.add(new ThresholdUse(key.asText(), text(t, "value"), text(t, "confidence"), t.path("verified").asBoolean(),
                    text(t, "source")));
        }
        List<EvidenceUse> evidence = new ArrayList<>();
        for (JsonNode e : f.path("evidence")) {
            evidence.add(new EvidenceUse(text(e, "key"), text(e, "location"), text(e, "document"), text(e, "title"),
                    text(e, "date"), text(e, "approvedBy"), text(e, "keptAt")));
        }
        return new Finding(standard, text(f, "check"), text(f, "detail"), outcome(f.path("outcome")), text(f, "rationale"),
                figure, used, evidence, text(f, "missingEvidence"), text(f, "toComply"), cadence(f.path("cadence")));
    }

    private static CadenceCoverage cadence(JsonNode c) {
        if (!c.isObject()) {
            return null;
        }
        List<CadenceCoverage.Interval> intervals = new ArrayList<>();
        for (JsonNode i : c.path("intervals")) {
            List<LocalDate> documents = new ArrayList<>();
            i.path("documents").forEach(d -> documents.add(LocalDate.parse(d.asText())));
            intervals.add(new CadenceCoverage.Interval(LocalDate.parse(i.path("start").asText()), LocalDate.parse(i.path("end").asText()),
                    documents));
        }
        return new CadenceCoverage(text(c, "key"), text(c, "every"), intervals);
    }

    private static PackInfo pack(JsonNode p) {
        if (!p.isObject()) {
            return null;
        }
        PackInfo.Status status = null;
        for (PackInfo.Status s : PackInfo.Status.values()) {
            if (s.name().equals(p.path("status").asText())) {
                status = s;
            }
        }
        return status == null ? null : new PackInfo(p.path("year").asInt(), text(p, "scheme"), status, text(p, "guidanceVersion"), p.path("standards").asInt(),
                p.path("recalledStandards").asInt(), p.path("unknownStandards").asInt(), p.path("unknownValues").asInt());
    }

    private static AsOf asOf(JsonNode a) {
        if (!a.isObject()) {
            return null;
        }
        return new AsOf(LocalDate.parse(a.path("date").asText()), LocalDateTime.parse(a.path("deadline").asText()),
                a.path("documentsLeftOut").asInt(), a.path("figuresLeftOut").asInt(), a.path("declarationsUnsupported").asInt());
    }

    private static Outcome outcome(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        for (Outcome o : Outcome.values()) {
            if (o.name().equals(n.asText())) {
                return o;
            }
        }
        return null;
    }

    private static Boolean declared(JsonNode n) {
        return n.isTextual() ? Boolean.valueOf(n.asText().equals("MET")) : null;
    }

    private static String text(JsonNode parent, String field) {
        JsonNode n = parent.path(field);
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
