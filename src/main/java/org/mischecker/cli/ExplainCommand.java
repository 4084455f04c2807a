package org.mischecker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.report.ReportBuilder.ActionSpec;
import org.mischecker.report.StandardSpec;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.Body;
import org.mischecker.scheme.Confidence;
import org.mischecker.scheme.EvidenceKey;
import org.mischecker.scheme.Parameter;
import org.mischecker.scheme.SchemeYear;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mis explain SA1.b}: a standard (or a whole action) in plain English, from the rule metadata and thresholds. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a standard (e.g. SA1.b, SA6.E4) or an action (e.g. SA6): wording, threshold, period, evidence needed, source and confidence.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "A standard id such as SA1.b, or an action id such as SA6.")
    String id;

    @CommandLine.Mixin
    SchemeYearOptions yearOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleBook book = yearOptions.ruleBook();
        SchemeYear scheme = book.scheme();
        Optional<ActionSpec> action = book.everyStandardGroup().stream().filter(a -> a.id().equalsIgnoreCase(id)).findFirst();
        if (action.isPresent()) {
            explainAction(out, scheme, action.get());
            return ExitCode.SUCCESS.code();
        }
        for (ActionSpec a : book.everyStandardGroup()) {
            for (StandardSpec s : a.standards()) {
                if (s.id().equalsIgnoreCase(id)) {
                    explainStandard(out, scheme, a, s);
                    return ExitCode.SUCCESS.code();
                }
            }
        }
        err.println("mis explain: no standard or action '" + id + "' in scheme year " + book.scheme().year() + "; expected one of "
                + String.join(", ", book.everyStandardGroup().stream().flatMap(a -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(a.id()), a.standards().stream().map(StandardSpec::id))).toList()));
        return ExitCode.INVALID_INPUT.code();
    }

    private static void explainAction(PrintWriter out, SchemeYear scheme, ActionSpec a) {
        out.println(a.id() + "  " + a.title() + "  (" + scheme.title() + ")");
        out.println();
        out.println(a.id().equals(RuleBook.CONDITIONS_ID)
                ? "Judged when the evidence file has a declaration section; NHS Resolution pays only when every one of these "
                        + a.standards().size() + " conditions is met, as well as the ten actions:"
                : "Met only if every one of its " + a.standards().size() + " standards is met:");
        for (StandardSpec s : a.standards()) {
            out.println("  " + s.id() + "  " + s.title());
            out.println("          " + s.wording());
        }
        out.println();
        out.println("Run 'mis explain " + a.standards().get(0).id() + "' for a standard's evidence, thresholds and sources.");
    }

    private static void explainStandard(PrintWriter out, SchemeYear scheme, ActionSpec a, StandardSpec s) {
        out.println(s.id() + "  " + s.title());
        out.println((a.id().equals(RuleBook.CONDITIONS_ID) ? "" : "Safety action ") + a.id() + ": " + a.title() + " (" + scheme.title() + ")");
        out.println();
        out.println("What it asks: " + s.wording());
        out.println("Guidance: " + s.guidance());
        if (s.intent() != null) {
            out.println("Intent (what it means across scheme years): " + s.intent());
        }
        if (s.unknown()) {
            out.println("Not known for this scheme year (GAP): it is NOT ASSESSED in every report.");
            return;
        }
        Confidence c = Confidence.parse(s.confidence());
        out.println("Confidence in this reading of the standard: " + c.tag() + " (" + c.meaning() + ")");
        for (StandardSpec.CheckSpec check : s.checks()) {
            out.println();
            out.println("Check \"" + check.name() + "\"");
            java.util.Set<String> sourceDates = new java.util.HashSet<>();
            for (String key : check.evidence()) {
                EvidenceKey k = evidenceKey(scheme, key);
                out.println("  Evidence: " + key + (k == null ? "" : " (" + k.kind().yamlName() + "): " + k.measure()
                        + (k.unit() == null || !k.isRatio() ? "" : ", out of " + k.unit())
                        + (k.groups().isEmpty() ? "" : "; one figure for each of " + String.join(", ", k.groups()))));
                if (k != null && !k.approvers().isEmpty()) {
                    explainBodies(out, scheme, k);
                }
                if (k != null && k.sourceFrom() != null) {
                    sourceDates.add(k.sourceFrom());
                }
                if (k != null && k.verifiedBy() != null) {
                    out.println("  Verified by NHS Resolution against: " + scheme.externalSources().get(k.verifiedBy()).name()
                            + " (source id " + k.verifiedBy() + " in mis check --external extracts)");
                }
            }
            for (String key : check.parameters()) {
                Parameter p = scheme.parameters().get(key);
                if (p == null) {
                    out.println("  Threshold: " + key + " (MISSING from thresholds.yaml)");
                    continue;
                }
                out.println("  " + (sourceDates.contains(key) ? "Source dated on or after" : label(p)) + ": " + key + " = " + p.display()
                        + "  [" + p.confidence().tag() + (p.verified() ? "" : ", unverified") + "]");
                out.println("      source: " + p.source());
            }
        }
    }

    /** Which body the standard needs to have approved or received the key's documents, and how a file names it. */
    private static void explainBodies(PrintWriter out, SchemeYear scheme, EvidenceKey k) {
        java.util.List<Body> bodies = scheme.bodiesOf(k);
        out.println("  " + (k.kind() == org.mischecker.scheme.EvidenceKind.DECLARATION ? "Its supporting document approved by: "
                : "Approved by: ") + Body.orList(bodies.stream().map(Body::wording).toList())
                + "; a document from another body does not count");
        for (Body b : bodies) {
            out.println("      " + b.wording() + ": approvedBy written " + b.namesText()
                    + " (case, spaces, punctuation and a closing note in brackets are ignored)");
            if (b.delegates()) {
                Parameter reading = scheme.parameters().get(b.delegation());
                out.println("      or a committee listed under boardCommittees with the Board's document that delegates authority to it,"
                        + " for what it approved from that document's date" + (reading == null ? ""
                        : "  [" + reading.confidence().tag() + (reading.verified() ? "" : ", unverified") + ": " + b.delegation() + "]"));
            }
        }
    }

    private static String label(Parameter p) {
        return switch (p.type()) {
            case "date", "month", "datetime" -> "Period";
            case "months", "years" -> "Time limit";
            default -> "Threshold";
        };
    }

    private static EvidenceKey evidenceKey(SchemeYear scheme, String factKey) {
        int dot = factKey.indexOf('.');
        if (dot < 0) {
            return null;
        }
        return scheme.action(factKey.substring(0, dot)).map(a -> a.evidence().get(factKey.substring(dot + 1))).orElse(null);
    }
}
