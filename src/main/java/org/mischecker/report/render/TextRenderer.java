package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.CadenceGap;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.Question;
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

    /** One file: the full report. Several: a summary table streamed row by row, then totals. */
    @Override
    public ReportWriter open(Appendable out, int inputCount) {
        return inputCount <= 1 ? new Detailed(out) : new Summary(out);
    }

    /** The full report of each trust, then the files that could not be evaluated. */
    private final class Detailed implements ReportWriter {
        private final Appendable out;
        private boolean first = true;

        Detailed(Appendable out) {
            this.out = out;
        }

        @Override
        public void report(TrustReport report) throws IOException {
            separate();
            TextRenderer.this.report(report, out);
        }

        @Override
        public void error(FileError error) throws IOException {
            separate();
            TextRenderer.this.error(error, out);
        }

        @Override
        public void finish() {
            // nothing follows the last report
        }

        private void separate() throws IOException {
            if (!first) {
                out.append('\n');
            }
            first = false;
        }
    }

    /**
     * The auditor's view of a batch: one row per trust and scheme year (score and each action), then how often
     * each action failed, most-failed first, and the trusts whose board declared more (or less)
     * than the evidence shows. Only counts and short lines are kept, never the reports.
     */
    private final class Summary implements ReportWriter {
        private final Appendable out;
        private final java.util.Map<String, Integer> failures = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, Integer> unassessed = new java.util.HashMap<>();
        private final java.util.Map<Integer, String> packs = new java.util.TreeMap<>();
        private final List<String> disagreements = new java.util.ArrayList<>();
        private final List<String> externalDisagreements = new java.util.ArrayList<>();
        private final List<String> notExternallyVerified = new java.util.ArrayList<>();
        private final List<FileError> errors = new java.util.ArrayList<>();
        private int trusts;
        private int meetingScheme;
        private int undetermined;
        /** Per scheme year: trusts, meeting all ten, undetermined; printed when a run mixes years. */
        private final java.util.Map<Integer, int[]> byYear = new java.util.TreeMap<>();
        private List<String> actionIds;

        Summary(Appendable out) {
            this.out = out;
        }

        @Override
        public void report(TrustReport r) throws IOException {
            if (actionIds == null) {
                actionIds = r.actions().stream().map(ActionResult::id).toList();
                actionIds.forEach(a -> failures.put(a, 0));
                out.append(String.format("%-44s %-6s %-4s %-6s", "Trust", "ODS", "Year", "Score"));
                for (String a : actionIds) {
                    out.append(String.format(" %-5s", a));
                }
                out.append('\n');
            }
            trusts++;
            int[] year = byYear.computeIfAbsent(r.schemeYear(), y -> new int[3]);
            year[0]++;
            year[1] += r.meetsScheme() ? 1 : 0;
            year[2] += r.outcome() == Outcome.NOT_ASSESSED ? 1 : 0;
            if (r.pack() != null) {
                packs.putIfAbsent(r.schemeYear(), r.pack().banner());
            }
            if (r.meetsScheme()) {
                meetingScheme++;
            } else if (r.outcome() == Outcome.NOT_ASSESSED) {
                undetermined++;
            }
            out.append(String.format("%-44s %-6s %-4s %-6s", clip(r.trustName(), 44), r.odsCode(), r.schemeYear(),
                    r.actionsMet() + "/" + r.actions().size()));
            for (ActionResult a : r.actions()) {
                String word = switch (a.outcome()) {
                    case MET -> "met";
                    case NOT_MET -> "NOT";
                    default -> "?";
                };
                out.append(' ').append(pad(a.outcome().isMet() ? word : paint(word, "31;1"), word, 5));
                if (a.outcome() == Outcome.NOT_ASSESSED) {
                    unassessed.merge(a.id(), 1, Integer::sum);
                } else if (!a.outcome().isMet()) {
                    failures.merge(a.id(), 1, Integer::sum);
                }
            }
            out.append('\n');
            List<ActionResult> disagree = r.disagreements();
            if (!disagree.isEmpty()) {
                disagreements.add(r.trustName() + " (" + r.odsCode() + "): " + String.join("; ", disagree.stream()
                        .map(a -> a.id() + " declared " + (a.declared() ? "met" : "not met") + ", evidence " + a.outcome().label())
                        .toList()));
            }
            if (r.external() != null && !r.external().verified()) {
                notExternallyVerified.add(r.trustName() + " (" + r.odsCode() + ")");
            } else if (!r.externalDisagreements().isEmpty()) {
                externalDisagreements.add(r.trustName() + " (" + r.odsCode() + "): " + String.join("; ", r.externalDisagreements().stream()
                        .map(c -> c.text()).toList()));
            }
        }

        @Override
        public void error(FileError error) {
            errors.add(new FileError(error.file(), error.problems().stream().limit(5).toList()));
        }

        @Override
        public void finish() throws IOException {
            out.append('\n');
            for (String banner : packs.values()) {
                out.append(banner).append('\n');
            }
            out.append(bold(meetingScheme + " of " + trusts + " trusts meet all ten safety actions"))
                    .append(undetermined == 0 ? "" : "; " + undetermined + (undetermined == 1 ? " trust's verdict" : " trusts' verdicts")
                            + " cannot be determined")
                    .append(errors.isEmpty() ? "" : "; " + errors.size() + " file" + (errors.size() == 1 ? "" : "s") + " could not be evaluated")
                    .append("\n");
            if (byYear.size() > 1) {
                // Years are judged by different packs: their totals are not added up as if they were one scheme.
                for (java.util.Map.Entry<Integer, int[]> y : byYear.entrySet()) {
                    out.append("  scheme year ").append(String.valueOf(y.getKey())).append(": ").append(String.valueOf(y.getValue()[1]))
                            .append(" of ").append(String.valueOf(y.getValue()[0])).append(" trusts meet all ten")
                            .append(y.getValue()[2] == 0 ? "" : "; " + y.getValue()[2] + " cannot be determined").append('\n');
                }
            }
            if (trusts > 0) {
                out.append("\nTrusts not meeting each action, most-failed first:\n");
                List<java.util.Map.Entry<String, Integer>> sorted = new java.util.ArrayList<>(failures.entrySet());
                sorted.sort(java.util.Map.Entry.<String, Integer>comparingByValue().reversed());
                for (java.util.Map.Entry<String, Integer> e : sorted) {
                    int unknown = unassessed.getOrDefault(e.getKey(), 0);
                    out.append(String.format("  %-5s %6d of %d trusts%s%n", e.getKey(), e.getValue(), trusts,
                            unknown == 0 ? "" : " (and " + unknown + " could not be assessed)"));
                }
            }
            if (!disagreements.isEmpty()) {
                out.append('\n').append(paint("Boards whose declaration disagrees with their evidence:", "33;1")).append('\n');
                for (String d : disagreements) {
                    out.append("  ").append(d).append('\n');
                }
            }
            if (!externalDisagreements.isEmpty()) {
                out.append('\n').append(paint(BoardOutline.EXTERNAL_DISAGREEMENTS + ":", "33;1")).append('\n');
                for (String d : externalDisagreements) {
                    out.append("  ").append(d).append('\n');
                }
            }
            if (!notExternallyVerified.isEmpty()) {
                out.append('\n').append(BoardOutline.NOT_EXTERNALLY_VERIFIED).append(":\n");
                for (String t : notExternallyVerified) {
                    out.append("  ").append(t).append('\n');
                }
            }
            for (FileError e : errors) {
                out.append('\n');
                TextRenderer.this.error(e, out);
            }
            out.append("\nmet = action met; NOT = action not met; ? = could not be assessed\n");
        }
    }

    private void error(FileError error, Appendable out) throws IOException {
        out.append(paint("ERROR", "31;1")).append(' ').append(error.file()).append(": cannot be evaluated\n");
        for (String p : error.problems()) {
            out.append("  ").append(p).append('\n');
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "~";
    }

    /**
     * What stands between the trust and ten out of ten, first, so a governance team sees it without
     * reading every met standard: each check not met, with what would close the gap.
     */
    private void missing(TrustReport r, Appendable out) throws IOException {
        List<Finding> gaps = r.actionsAndConditions().stream().flatMap(a -> a.standards().stream())
                .flatMap(s -> s.findings().stream()).filter(f -> !f.outcome().isMet()).toList();
        if (gaps.isEmpty()) {
            return;
        }
        out.append(bold("What is missing (" + gaps.size() + (gaps.size() == 1 ? " check" : " checks") + " not met):")).append('\n');
        for (Finding f : gaps) {
            out.append("  ").append(f.rationale()).append('\n');
            if (f.toComply() != null) {
                out.append("    to comply: ").append(f.toComply()).append('\n');
            }
        }
        out.append("\nEvery action and standard:\n");
    }

    private void report(TrustReport r, Appendable out) throws IOException {
        out.append(bold(r.trustName() + " (" + r.odsCode() + ")")).append('\n');
        out.append(r.schemeTitle()).append("; evidence ").append(r.file()).append('\n');
        if (r.asOf() != null) {
            out.append(bold(BoardWording.asOfHeadline(r.asOf()))).append('\n').append(BoardWording.asOfLeftOut(r.asOf())).append('\n');
        }
        out.append('\n');
        missing(r, out);
        for (ActionResult a : r.actionsAndConditions()) {
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
        List<BoardOutline.Section.Generic> generic = BoardOutline.of(r).stream()
                .filter(BoardOutline.Section.Generic.class::isInstance).map(BoardOutline.Section.Generic.class::cast).toList();
        for (BoardOutline.Section.Generic g : generic) {
            if (!g.conclusion()) {
                generic(g, out);
            }
        }
        out.append('\n');
        if (r.pack() != null) {
            out.append(r.pack().banner()).append('\n');
        }
        out.append(bold("Verdict: " + r.verdict())).append('\n');
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
        if (!r.cadenceGaps().isEmpty()) {
            out.append('\n').append(BoardWording.AS_OF_GAPS_HEADING).append(", missing intervals:\n");
            for (CadenceGap g : r.cadenceGaps()) {
                out.append("  ").append(BoardWording.gap(g)).append('\n');
            }
        }
        if (!r.questions().isEmpty()) {
            out.append('\n').append(bold(BoardWording.QUESTIONS_HEADING + ":")).append(" ").append(BoardWording.QUESTIONS_NOTE).append('\n');
            int n = 1;
            for (Question q : r.questions()) {
                out.append(String.format("  %2d. %-7s ", n++, q.subject())).append(q.text()).append(" [").append(q.concern()).append("]\n");
            }
        }
        for (BoardOutline.Section.Generic g : generic) {
            if (g.conclusion()) {
                generic(g, out);
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

    /** A document of generic sections (mis trend), as plain lines; pictures as their text equivalents. */
    static String document(String title, String meta, List<BoardOutline.Section.Generic> sections) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n').append(meta).append('\n');
        TextRenderer renderer = new TextRenderer(false);
        for (BoardOutline.Section.Generic g : sections) {
            renderer.generic(g, out);
        }
        return out.toString();
    }

    /** A section the board outline builds from generic blocks, as plain lines. */
    private void generic(BoardOutline.Section.Generic g, Appendable out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append('\n').append(bold(g.heading() + ":")).append('\n');
        BoardOutline.InlineFormat inline = new BoardOutline.InlineFormat() {
            public String text(String t) {
                return t;
            }

            public String strong(String t) {
                return bold(t);
            }

            public String code(String t) {
                return t;
            }

            public String badge(Outcome o) {
                return outcome(o);
            }

            public String actionRef(String action, String label) {
                return label;
            }

            public String mark(Outcome o) {
                return BoardWording.symbol(o);
            }

            public String trustRef(int position, String label) {
                return label;
            }
        };
        g.body().forEach(b -> b.writeTo(new BoardOutline.BlockFormat() {
            public void paragraph(List<BoardOutline.Inline> runs) {
                text.append("  ").append(BoardOutline.format(runs, inline)).append('\n');
            }

            public void items(boolean numbered, List<List<BoardOutline.Inline>> items) {
                int n = 1;
                for (List<BoardOutline.Inline> item : items) {
                    text.append(numbered ? String.format("  %2d. ", n++) : "  - ").append(BoardOutline.format(item, inline)).append('\n');
                }
            }

            public void table(String caption, List<String> header, List<List<List<BoardOutline.Inline>>> rows) {
                text.append("  ").append(caption).append(" (").append(String.join(" | ", header)).append("):\n");
                for (List<List<BoardOutline.Inline>> row : rows) {
                    text.append("    ").append(String.join(" | ", row.stream().map(cell -> BoardOutline.format(cell, inline)).toList()))
                            .append('\n');
                }
            }

            /** A picture's text equivalent: what it shows, line by line (its one-sentence summary when it has no lines). */
            public void picture(org.mischecker.report.picture.Picture picture) {
                (picture.text().isEmpty() ? List.of(picture.alt()) : picture.text())
                        .forEach(line -> text.append("    ").append(line).append('\n'));
            }
        }));
        out.append(text);
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
