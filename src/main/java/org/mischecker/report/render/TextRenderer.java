package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * The human report: for each action its outcome, each standard with its outcome, and under it one
 * line per check quoting the figure, threshold and period; then the verdict, disagreements with the
 * board's declaration, and the unverified values the verdict rests on. Colour only when asked (TTY);
 * the outcome is always written as a word too.
 */
public final class TextRenderer implements Renderer {

    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException {
        boolean first = true;
        for (TrustReport report : reports) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            report(report, out);
        }
        for (FileError error : errors) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(paint("ERROR", "31;1")).append(' ').append(error.file()).append(": cannot be evaluated\n");
            for (String p : error.problems()) {
                out.append("  ").append(p).append('\n');
            }
        }
    }

    private void report(TrustReport r, Appendable out) throws IOException {
        out.append(bold(r.trustName() + " (" + r.odsCode() + ")")).append('\n');
        out.append(r.schemeTitle()).append("; evidence ").append(r.file()).append("\n\n");
        for (ActionResult a : r.actions()) {
            out.append(String.format("%-5s %s  %s%n", a.id(), pad(outcome(a.outcome()), a.outcome().label(), 12), a.title()));
            for (StandardResult s : a.standards()) {
                out.append(String.format("  %-7s %s  %s%n", s.id(), pad(outcome(s.outcome()), s.outcome().label(), 12), s.title()));
                for (Finding f : s.findings()) {
                    out.append("            ").append(f.rationale()).append('\n');
                    if (f.toComply() != null && !f.outcome().isMet()) {
                        out.append("              to comply: ").append(f.toComply()).append('\n');
                    }
                }
            }
        }
        out.append('\n').append(bold("Verdict: " + r.verdict())).append('\n');
        List<ActionResult> disagreements = r.disagreements();
        if (!disagreements.isEmpty()) {
            out.append('\n').append(paint("The board's declaration disagrees with the evidence:", "33;1")).append('\n');
            for (ActionResult a : disagreements) {
                out.append("  ").append(a.id()).append(": declared ").append(a.declared() ? "met" : "not met")
                        .append(", the evidence shows ").append(a.outcome().label()).append('\n');
            }
            if (disagreements.stream().anyMatch(ActionResult::declared)) {
                out.append("  Declaring an action met that the evidence does not support is what led trusts to repay the incentive money.\n");
            }
        }
        List<ThresholdUse> unverified = r.unverifiedThresholds();
        if (!unverified.isEmpty()) {
            out.append('\n').append("This verdict rests on ").append(String.valueOf(unverified.size()))
                    .append(" values not verified against the official guidance (confidence below R-H):\n");
            for (ThresholdUse t : unverified) {
                out.append("  ").append(t.key()).append(" = ").append(t.value()).append(" [").append(t.confidence())
                        .append("] ").append(t.source()).append('\n');
            }
        }
    }

    private String outcome(Outcome o) {
        return switch (o) {
            case MET -> paint(o.label(), "32");
            case NOT_MET -> paint(o.label(), "31;1");
            case NO_EVIDENCE, NOT_ASSESSED -> paint(o.label(), "33");
        };
    }

    /** Pads on the visible width, so colour codes do not break the columns. */
    private static String pad(String painted, String plain, int width) {
        return painted + " ".repeat(Math.max(0, width - plain.length()));
    }

    private String bold(String s) {
        return paint(s, "1");
    }

    private String paint(String s, String code) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
