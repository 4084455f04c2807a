package org.mischecker.report.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.AsOf;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.CadenceGap;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * Machine-readable results, versioned by {@code formatVersion}: bump it when a field changes
 * meaning or disappears; adding a field keeps the version. Field order is fixed, so output is
 * deterministic. Thresholds are written once, in a top-level {@code thresholds} object keyed by
 * scheme year and parameter name; findings and reports refer to them by key, which keeps a 10,000-trust document
 * a third of the size.
 * <p>
 * Layout: one line per trust result (and per error, per scheme year of thresholds), compact
 * within it. Indenting every field doubled a 10,000-trust document (1 GB) and half the time spent
 * writing it; a line per trust still reads with grep, diffs line by line, and jq pretty-prints it.
 */
public final class JsonRenderer implements Renderer {

    public static final int FORMAT_VERSION = 1;

    private final JsonFactory factory = new JsonFactory();

    @Override
    public String name() {
        return "json";
    }

    /** Streams one document: results are written as they arrive; errors (small) follow at the end. */
    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try {
            JsonGenerator json = factory.createGenerator(writer);
            json.setPrettyPrinter(new OneContainerEntryPerLine());
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeArrayFieldStart("results");
            List<FileError> errors = new ArrayList<>();
            java.util.Map<Integer, java.util.Map<String, ThresholdUse>> thresholds = new java.util.TreeMap<>();
            return new ReportWriter() {
                @Override
                public void report(TrustReport r) throws IOException {
                    JsonRenderer.this.report(json, r);
                    java.util.Map<String, ThresholdUse> year = thresholds.computeIfAbsent(r.schemeYear(), y -> new java.util.TreeMap<>());
                    r.actionsAndConditions().forEach(a -> a.standards().forEach(s -> s.findings().forEach(
                            f -> f.thresholds().forEach(t -> year.putIfAbsent(t.key(), t)))));
                    if (r.external() != null && r.external().reading() != null) {
                        year.putIfAbsent(r.external().reading().key(), r.external().reading());
                    }
                }

                @Override
                public void error(FileError e) {
                    errors.add(e);
                }

                @Override
                public void finish() throws IOException {
                    json.writeEndArray();
                    json.writeArrayFieldStart("errors");
                    for (FileError e : errors) {
                        json.writeStartObject();
                        json.writeStringField("file", e.file());
                        json.writeArrayFieldStart("problems");
                        for (String p : e.problems()) {
                            json.writeString(p);
                        }
                        json.writeEndArray();
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    // Each threshold once per scheme year, with value, confidence and source;
                    // findings name them by key.
                    json.writeObjectFieldStart("thresholds");
                    for (java.util.Map.Entry<Integer, java.util.Map<String, ThresholdUse>> year : thresholds.entrySet()) {
                        json.writeObjectFieldStart(String.valueOf(year.getKey()));
                        for (ThresholdUse t : year.getValue().values()) {
                            json.writeFieldName(t.key());
                            threshold(json, t);
                        }
                        json.writeEndObject();
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                    json.flush();
                    writer.write('\n');
                    writer.flush();
                }
            };
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Breaks lines only between the entries of the document's top two levels (the document, and its
     * results, errors and thresholds), so each trust is one line. Stateful: one per generator.
     */
    private static final class OneContainerEntryPerLine implements PrettyPrinter {
        private static final int LINE_PER_ENTRY_DEPTH = 2;
        private int depth;

        @Override
        public void writeRootValueSeparator(JsonGenerator g) {
            // a single root value
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
            depth++;
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            end(g, entries, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
            depth++;
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            end(g, values, ']');
        }

        private void end(JsonGenerator g, int entries, char bracket) throws IOException {
            if (depth <= LINE_PER_ENTRY_DEPTH && entries > 0) {
                g.writeRaw('\n');
            }
            depth--;
            g.writeRaw(bracket);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            separator(g);
        }

        private void separator(JsonGenerator g) throws IOException {
            g.writeRaw(depth <= LINE_PER_ENTRY_DEPTH ? ",\n" : ",");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(':');
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            first(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            first(g);
        }

        private void first(JsonGenerator g) throws IOException {
            if (depth <= LINE_PER_ENTRY_DEPTH) {
                g.writeRaw('\n');
            }
        }
    }

    /** Lets Jackson write to any Appendable (a StringBuilder in tests, a file writer in runs). */
    private static final class AppendableWriter extends Writer {
        private final Appendable out;

        AppendableWriter(Appendable out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.append(java.nio.CharBuffer.wrap(buf, off, len));
        }

        @Override
        public void flush() {
            // the Appendable owns buffering
        }

        @Override
        public void close() {
            // the caller closes the underlying output
        }
    }

    /** One trust's result, written straight to the generator (no intermediate tree). */
    void report(JsonGenerator g, TrustReport r) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeObjectFieldStart("trust");
        g.writeStringField("name", r.trustName());
        g.writeStringField("odsCode", r.odsCode());
        g.writeEndObject();
        g.writeNumberField("schemeYear", r.schemeYear());
        g.writeStringField("scheme", r.schemeTitle());
        if (r.asOf() != null) {
            g.writeFieldName("asOf");
            asOf(g, r);
        }
        if (r.pack() != null) {
            g.writeObjectFieldStart("pack");
            g.writeNumberField("year", r.pack().year());
            g.writeStringField("scheme", r.pack().schemeName());
            g.writeStringField("status", r.pack().status().name());
            g.writeStringField("guidanceVersion", r.pack().guidanceVersion());
            g.writeNumberField("standards", r.pack().standards());
            g.writeNumberField("recalledStandards", r.pack().recalledStandards());
            g.writeNumberField("unknownStandards", r.pack().unknownStandards());
            g.writeNumberField("unknownValues", r.pack().unknownValues());
            g.writeStringField("banner", r.pack().banner());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("verdict");
        g.writeNumberField("actionsMet", r.actionsMet());
        g.writeNumberField("actionsTotal", r.actions().size());
        g.writeBooleanField("meetsScheme", r.meetsScheme());
        g.writeStringField("outcome", r.outcome().name());
        g.writeBooleanField("eligible", r.eligible());
        g.writeStringField("declarationConditions", r.conditions() == null ? "NOT_CHECKED" : r.conditions().outcome().name());
        g.writeStringField("externalData", r.externalCoverage().name());
        g.writeStringField("summary", r.verdict());
        g.writeArrayFieldStart("actionsNotMet");
        for (ActionResult a : r.actionsNotMet()) {
            g.writeString(a.id());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("declarationDisagreements");
        for (ActionResult a : r.disagreements()) {
            g.writeStartObject();
            g.writeStringField("action", a.id());
            g.writeStringField("declared", a.declared() ? "MET" : "NOT_MET");
            g.writeStringField("evidence", a.outcome().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("actions");
        for (ActionResult a : r.actions()) {
            action(g, a);
        }
        g.writeEndArray();
        if (r.declaration() != null) {
            // The declaration's own conditions (null when not yet checked) and the money at stake (null when not given).
            g.writeObjectFieldStart("declaration");
            if (r.conditions() == null) {
                g.writeNullField("conditions");
            } else {
                g.writeFieldName("conditions");
                action(g, r.conditions());
            }
            org.mischecker.report.Money money = r.money();
            if (money == null) {
                g.writeNullField("money");
            } else {
                g.writeObjectFieldStart("money");
                g.writeNumberField("maternityContribution", money.contribution());
                if (money.incentive() == null) {
                    g.writeNullField("incentive");
                } else {
                    g.writeNumberField("incentive", money.incentive());
                }
                if (money.uplift() != null) {
                    g.writeObjectFieldStart("uplift");
                    g.writeStringField("key", money.uplift().key());
                    g.writeStringField("value", money.uplift().value());
                    g.writeStringField("confidence", money.uplift().confidence());
                    g.writeBooleanField("verified", money.uplift().verified());
                    g.writeStringField("source", money.uplift().source());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            strings(g, "pending", r.declaration().pending());
            g.writeEndObject();
        }
        if (r.external() != null) {
            // The trust's figures held against external data: every figure compared, whichever way it falls.
            g.writeObjectFieldStart("external");
            g.writeBooleanField("verified", r.external().verified());
            strings(g, "extracts", r.external().extracts());
            strings(g, "without", r.external().without());
            g.writeStringField("reading", r.external().reading() == null ? null : r.external().reading().key());
            g.writeArrayFieldStart("figures");
            for (org.mischecker.report.ExternalVerification.Comparison c : r.external().comparisons()) {
                g.writeStartObject();
                g.writeStringField("key", c.key());
                g.writeStringField("measure", c.measure());
                g.writeStringField("source", c.source());
                g.writeStringField("extracted", c.extracted().toString());
                if (c.reportedNumerator() == null) {
                    g.writeNullField("reported");
                } else {
                    counts(g, "reported", c.reportedNumerator(), c.reportedDenominator());
                }
                counts(g, "externalFigure", c.externalNumerator(), c.externalDenominator());
                g.writeBooleanField("disagrees", c.disagrees());
                g.writeBooleanField("decided", c.decided());
                g.writeStringField("at", c.at());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeArrayFieldStart("questions");
        for (Question q : r.questions()) {
            g.writeStartObject();
            g.writeStringField("subject", q.subject());
            g.writeStringField("concern", q.concern());
            g.writeStringField("text", q.text());
            strings(g, "figures", q.figures());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actionPlans");
        for (org.mischecker.report.ActionPlanSummary p : r.actionPlans()) {
            g.writeStartObject();
            g.writeStringField("action", p.action());
            g.writeStringField("lead", p.lead());
            g.writeStringField("timescale", p.timescale() == null ? null : p.timescale().toString());
            if (p.requestedSum() == null) {
                g.writeNullField("requestedSum");
            } else {
                g.writeNumberField("requestedSum", p.requestedSum());
            }
            g.writeStringField("document", p.documentId());
            g.writeStringField("documentTitle", p.documentTitle());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("unverifiedThresholds");
        for (ThresholdUse t : r.unverifiedThresholds()) {
            g.writeString(t.key());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The board date, the days left to the deadline, what was left out, and each cadence's missing intervals. */
    private static void action(JsonGenerator g, ActionResult a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("title", a.title());
        g.writeStringField("outcome", a.outcome().name());
        g.writeStringField("declared", a.declared() == null ? null : a.declared() ? "MET" : "NOT_MET");
        g.writeArrayFieldStart("standards");
        for (StandardResult s : a.standards()) {
            standard(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void asOf(JsonGenerator g, TrustReport r) throws IOException {
        AsOf a = r.asOf();
        g.writeStartObject();
        g.writeStringField("date", a.date().toString());
        g.writeStringField("deadline", a.deadline().toString());
        g.writeNumberField("daysToDeadline", a.daysToDeadline());
        g.writeNumberField("documentsLeftOut", a.documentsLeftOut());
        g.writeNumberField("figuresLeftOut", a.figuresLeftOut());
        g.writeNumberField("declarationsUnsupported", a.declarationsUnsupported());
        g.writeArrayFieldStart("cadenceGaps");
        for (CadenceGap gap : r.cadenceGaps()) {
            g.writeStartObject();
            g.writeStringField("standard", gap.standard());
            g.writeStringField("check", gap.check());
            g.writeStringField("every", gap.every());
            intervals(g, "closed", gap.closed());
            intervals(g, "open", gap.open());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void intervals(JsonGenerator g, String name, List<CadenceCoverage.Interval> intervals) throws IOException {
        g.writeArrayFieldStart(name);
        for (CadenceCoverage.Interval i : intervals) {
            g.writeStartObject();
            g.writeStringField("start", i.start().toString());
            g.writeStringField("end", i.end().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Every interval of a cadence with the dates of the documents in it (added in formatVersion 1, for mis trend). */
    private static void cadence(JsonGenerator g, CadenceCoverage c) throws IOException {
        g.writeObjectFieldStart("cadence");
        g.writeStringField("key", c.key());
        g.writeStringField("every", c.every());
        g.writeArrayFieldStart("intervals");
        for (CadenceCoverage.Interval i : c.intervals()) {
            g.writeStartObject();
            g.writeStringField("start", i.start().toString());
            g.writeStringField("end", i.end().toString());
            g.writeArrayFieldStart("documents");
            for (java.time.LocalDate d : i.documentDates()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void standard(JsonGenerator g, StandardResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        if (s.intent() != null) {
            g.writeStringField("intent", s.intent());
        }
        g.writeStringField("title", s.title());
        g.writeStringField("outcome", s.outcome().name());
        g.writeStringField("confidence", s.confidence());
        g.writeArrayFieldStart("findings");
        for (Finding f : s.findings()) {
            g.writeStartObject();
            g.writeStringField("check", f.check());
            if (f.detail() != null) {
                g.writeStringField("detail", f.detail());
            }
            g.writeStringField("outcome", f.outcome().name());
            g.writeStringField("rationale", f.rationale());
            if (f.figure() != null) {
                g.writeObjectFieldStart("figure");
                g.writeNumberField("numerator", f.figure().numerator());
                g.writeNumberField("denominator", f.figure().denominator());
                if (f.figure().percent() != null) {
                    g.writeStringField("percent", f.figure().percent());
                }
                g.writeStringField("required", f.figure().required());
                // Exact values (added in formatVersion 1): what mis trend and diff compare, and what the pictures draw.
                if (f.figure().exactPercent() != null) {
                    g.writeNumberField("exactPercent", f.figure().exactPercent());
                }
                if (f.figure().requiredPercent() != null) {
                    g.writeNumberField("requiredPercent", f.figure().requiredPercent());
                }
                g.writeEndObject();
            }
            if (f.cadence() != null) {
                cadence(g, f.cadence());
            }
            if (f.missingEvidence() != null) {
                g.writeStringField("missingEvidence", f.missingEvidence());
            }
            if (f.toComply() != null) {
                g.writeStringField("toComply", f.toComply());
            }
            g.writeArrayFieldStart("thresholds");
            for (ThresholdUse t : f.thresholds()) {
                g.writeString(t.key());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("evidence");
            for (EvidenceUse e : f.evidence()) {
                g.writeStartObject();
                g.writeStringField("key", e.key());
                g.writeStringField("location", e.location());
                if (e.documentId() != null) {
                    g.writeStringField("document", e.documentId());
                    g.writeStringField("title", e.title());
                    g.writeStringField("date", e.date());
                    g.writeStringField("approvedBy", e.approvedBy());
                    g.writeStringField("keptAt", e.keptAt());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void threshold(JsonGenerator g, ThresholdUse t) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", t.value());
        g.writeStringField("confidence", t.confidence());
        g.writeBooleanField("verified", t.verified());
        g.writeStringField("source", t.source());
        g.writeEndObject();
    }

    /** {"numerator": N, "denominator": D} under {@code name}. */
    private static void counts(JsonGenerator g, String name, long numerator, long denominator) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("numerator", numerator);
        g.writeNumberField("denominator", denominator);
        g.writeEndObject();
    }
}
