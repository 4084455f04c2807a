package org.mischecker.report.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 */
public final class JsonRenderer implements Renderer {

    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "json";
    }

    /** Streams one document: results are written as they arrive; errors (small) follow at the end. */
    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try {
            JsonGenerator json = mapper.getFactory().createGenerator(writer);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            json.writeArrayFieldStart("results");
            List<FileError> errors = new ArrayList<>();
            java.util.Map<Integer, java.util.Map<String, ThresholdUse>> thresholds = new java.util.TreeMap<>();
            return new ReportWriter() {
                @Override
                public void report(TrustReport r) throws IOException {
                    json.writeTree(JsonRenderer.this.report(r));
                    java.util.Map<String, ThresholdUse> year = thresholds.computeIfAbsent(r.schemeYear(), y -> new java.util.TreeMap<>());
                    r.actions().forEach(a -> a.standards().forEach(s -> s.findings().forEach(
                            f -> f.thresholds().forEach(t -> year.putIfAbsent(t.key(), t)))));
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
                            json.writeTree(threshold(t));
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

    ObjectNode report(TrustReport r) {
        ObjectNode n = mapper.createObjectNode();
        n.put("file", r.file());
        ObjectNode trust = n.putObject("trust");
        trust.put("name", r.trustName());
        trust.put("odsCode", r.odsCode());
        n.put("schemeYear", r.schemeYear());
        n.put("scheme", r.schemeTitle());
        if (r.asOf() != null) {
            n.set("asOf", asOf(r));
        }
        ObjectNode verdict = n.putObject("verdict");
        verdict.put("actionsMet", r.actionsMet());
        verdict.put("actionsTotal", r.actions().size());
        verdict.put("meetsScheme", r.meetsScheme());
        verdict.put("summary", r.verdict());
        ArrayNode notMet = verdict.putArray("actionsNotMet");
        r.actionsNotMet().forEach(a -> notMet.add(a.id()));
        ArrayNode disagreements = verdict.putArray("declarationDisagreements");
        for (ActionResult a : r.disagreements()) {
            ObjectNode d = disagreements.addObject();
            d.put("action", a.id());
            d.put("declared", a.declared() ? "MET" : "NOT_MET");
            d.put("evidence", a.outcome().name());
        }
        ArrayNode actions = n.putArray("actions");
        for (ActionResult a : r.actions()) {
            ObjectNode an = actions.addObject();
            an.put("id", a.id());
            an.put("title", a.title());
            an.put("outcome", a.outcome().name());
            if (a.declared() == null) {
                an.putNull("declared");
            } else {
                an.put("declared", a.declared() ? "MET" : "NOT_MET");
            }
            ArrayNode standards = an.putArray("standards");
            for (StandardResult s : a.standards()) {
                standards.add(standard(s));
            }
        }
        ArrayNode questions = n.putArray("questions");
        for (Question q : r.questions()) {
            ObjectNode qn = questions.addObject();
            qn.put("subject", q.subject());
            qn.put("concern", q.concern());
            qn.put("text", q.text());
            ArrayNode figures = qn.putArray("figures");
            q.figures().forEach(figures::add);
        }
        ArrayNode unverified = n.putArray("unverifiedThresholds");
        r.unverifiedThresholds().forEach(t -> unverified.add(t.key()));
        return n;
    }

    /** The board date, the days left to the deadline, what was left out, and each cadence's missing intervals. */
    private ObjectNode asOf(TrustReport r) {
        AsOf a = r.asOf();
        ObjectNode n = mapper.createObjectNode();
        n.put("date", a.date().toString());
        n.put("deadline", a.deadline().toString());
        n.put("daysToDeadline", a.daysToDeadline());
        n.put("documentsLeftOut", a.documentsLeftOut());
        n.put("figuresLeftOut", a.figuresLeftOut());
        n.put("declarationsUnsupported", a.declarationsUnsupported());
        ArrayNode gaps = n.putArray("cadenceGaps");
        for (CadenceGap g : r.cadenceGaps()) {
            ObjectNode gn = gaps.addObject();
            gn.put("standard", g.standard());
            gn.put("check", g.check());
            gn.put("every", g.every());
            intervals(gn.putArray("closed"), g.closed());
            intervals(gn.putArray("open"), g.open());
        }
        return n;
    }

    private static void intervals(ArrayNode array, List<CadenceCoverage.Interval> intervals) {
        for (CadenceCoverage.Interval i : intervals) {
            ObjectNode in = array.addObject();
            in.put("start", i.start().toString());
            in.put("end", i.end().toString());
        }
    }

    private ObjectNode standard(StandardResult s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", s.id());
        n.put("title", s.title());
        n.put("outcome", s.outcome().name());
        n.put("confidence", s.confidence());
        ArrayNode findings = n.putArray("findings");
        for (Finding f : s.findings()) {
            ObjectNode fn = findings.addObject();
            fn.put("check", f.check());
            if (f.detail() != null) {
                fn.put("detail", f.detail());
            }
            fn.put("outcome", f.outcome().name());
            fn.put("rationale", f.rationale());
            if (f.figure() != null) {
                ObjectNode fig = fn.putObject("figure");
                fig.put("numerator", f.figure().numerator());
                fig.put("denominator", f.figure().denominator());
                if (f.figure().percent() != null) {
                    fig.put("percent", f.figure().percent());
                }
                fig.put("required", f.figure().required());
            }
            if (f.missingEvidence() != null) {
                fn.put("missingEvidence", f.missingEvidence());
            }
            if (f.toComply() != null) {
                fn.put("toComply", f.toComply());
            }
            ArrayNode thresholds = fn.putArray("thresholds");
            f.thresholds().forEach(t -> thresholds.add(t.key()));
            ArrayNode evidence = fn.putArray("evidence");
            for (EvidenceUse e : f.evidence()) {
                ObjectNode en = evidence.addObject();
                en.put("key", e.key());
                en.put("location", e.location());
                if (e.documentId() != null) {
                    en.put("document", e.documentId());
                    en.put("title", e.title());
                    en.put("date", e.date());
                    en.put("approvedBy", e.approvedBy());
                    en.put("keptAt", e.keptAt());
                }
            }
        }
        return n;
    }

    private ObjectNode threshold(ThresholdUse t) {
        ObjectNode n = mapper.createObjectNode();
        n.put("value", t.value());
        n.put("confidence", t.confidence());
        n.put("verified", t.verified());
        n.put("source", t.source());
        return n;
    }
}
