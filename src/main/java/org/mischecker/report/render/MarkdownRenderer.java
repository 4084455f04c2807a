package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import org.mischecker.report.ActionResult;
import org.mischecker.report.CadenceGap;
import org.mischecker.report.EvidenceUse;
import org.mischecker.report.FileError;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.Question;
import org.mischecker.report.StandardResult;
import org.mischecker.report.ThresholdUse;
import org.mischecker.report.TrustReport;

/**
 * The board report as Markdown (GitHub-flavoured tables), for pasting into board papers: the same
 * content and order as the HTML report. Text from evidence files is escaped so a title cannot break
 * a table (a pipe), start a heading or list, or become an HTML tag when the paper is converted.
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException {
        StringBuilder md = new StringBuilder();
        if (!errors.isEmpty() && !reports.isEmpty()) {
            md.append("> **\u26a0 Warning:** ").append(errors.size()).append(errors.size() == 1 ? " file" : " files")
                    .append(" could not be evaluated; see the end of this report.\n\n");
        }
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) {
                md.append("\n---\n\n");
            }
            trust(reports.get(i), md);
        }
        if (!errors.isEmpty()) {
            if (!reports.isEmpty()) {
                md.append("\n---\n\n");
            }
            errors(errors, md);
        }
        out.append(md);
    }

    private void trust(TrustReport r, StringBuilder md) {
        md.append("# Maternity Incentive Scheme board report: ").append(escape(r.trustName())).append(" (")
                .append(escape(r.odsCode())).append(")\n\n")
                .append("ODS code **").append(escape(r.odsCode())).append("**; scheme year ").append(r.schemeYear()).append(": ")
                .append(escape(r.schemeTitle())).append(". Evidence file: ").append(escape(r.file())).append(".\n\n");
        if (r.asOf() != null) {
            md.append("**").append(escape(BoardWording.asOfHeadline(r.asOf()))).append("** ")
                    .append(escape(BoardWording.asOfLeftOut(r.asOf()))).append("\n\n");
        }
        Outcome overall = r.meetsScheme() ? Outcome.MET : Outcome.NOT_MET;
        md.append("## Verdict: ").append(BoardWording.symbol(overall)).append(' ').append(BoardWording.headline(r)).append("\n\n")
                .append("**").append(escape(r.verdict())).append("**\n\n");
        disagreements(r.disagreements(), md);
        summary(r, md);
        if (!r.cadenceGaps().isEmpty()) {
            md.append("## ").append(BoardWording.AS_OF_GAPS_HEADING).append("\n\n");
            for (CadenceGap g : r.cadenceGaps()) {
                md.append("- ").append(escape(BoardWording.gap(g))).append('\n');
            }
            md.append('\n');
        }
        if (!r.questions().isEmpty()) {
            md.append("## ").append(BoardWording.QUESTIONS_HEADING).append("\n\n").append(BoardWording.QUESTIONS_NOTE).append("\n\n");
            int n = 1;
            for (Question q : r.questions()) {
                md.append(n++).append(". **").append(escape(q.subject())).append("** ").append(escape(q.text()))
                        .append(" (").append(escape(q.concern())).append(")\n");
            }
            md.append('\n');
        }
        List<ThresholdUse> unverified = r.unverifiedThresholds();
        if (!unverified.isEmpty()) {
            // The list is long, so it follows the actions, as in the HTML report.
            md.append("\u26a0 **").append(BoardWording.UNVERIFIED).append(":** this verdict rests on ")
                    .append(values(unverified.size())).append(" not verified against the official guidance; ")
                    .append(unverified.size() == 1 ? "it is" : "they are").append(" listed after the actions.\n\n");
        }
        for (ActionResult a : r.actions()) {
            action(a, md);
        }
        unverified(unverified, md);
    }

    private void disagreements(List<ActionResult> disagreements, StringBuilder md) {
        if (disagreements.isEmpty()) {
            return;
        }
        md.append("> **\u26a0 Warning: ").append(BoardWording.DISAGREEMENT_HEADING).append("**\n>\n");
        for (ActionResult a : disagreements) {
            md.append("> - **").append(escape(a.id())).append("** ").append(escape(a.title())).append(": ")
                    .append(BoardWording.disagreement(a)).append('\n');
        }
        if (BoardWording.anyDeclaredMetWrongly(disagreements)) {
            md.append(">\n> ").append(BoardWording.REPAYMENT_NOTE).append('\n');
        }
        md.append('\n');
    }

    private void summary(TrustReport r, StringBuilder md) {
        md.append("## The safety actions\n\n")
                .append("| Action | Title | Outcome | Declared by the board |\n|---|---|---|---|\n");
        for (ActionResult a : r.actions()) {
            md.append("| ").append(escape(a.id())).append(" | ").append(escape(a.title())).append(" | ")
                    .append(BoardWording.marked(a.outcome())).append(" | ").append(declared(a)).append(" |\n");
        }
        md.append('\n');
    }

    private void unverified(List<ThresholdUse> unverified, StringBuilder md) {
        if (unverified.isEmpty()) {
            return;
        }
        md.append("## Values ").append(BoardWording.UNVERIFIED_NOTE).append("\n\n")
                .append("This verdict rests on ").append(values(unverified.size()))
                .append(" not verified against the official guidance (confidence below R-H). ")
                .append(unverified.size() == 1 ? "Check it" : "Check them").append(" before relying on the verdict.\n\n");
        for (ThresholdUse t : unverified) {
            md.append("- ").append(threshold(t)).append('\n');
        }
        md.append('\n');
    }

    private static String values(int n) {
        return n + (n == 1 ? " value" : " values");
    }

    private void action(ActionResult a, StringBuilder md) {
        md.append("## ").append(escape(a.id())).append(' ').append(escape(a.title())).append(": ")
                .append(BoardWording.marked(a.outcome())).append("\n\n")
                .append("Declared by the board: ").append(declared(a)).append(".\n\n")
                .append("| Standard | Title | Outcome |\n|---|---|---|\n");
        for (StandardResult s : a.standards()) {
            md.append("| ").append(escape(s.id())).append(" | ").append(escape(s.title())).append(" | ")
                    .append(BoardWording.marked(s.outcome())).append(" |\n");
        }
        md.append('\n');
        for (StandardResult s : a.standards()) {
            standard(s, md);
        }
    }

    private void standard(StandardResult s, StringBuilder md) {
        md.append("### ").append(escape(s.id())).append(' ').append(escape(s.title())).append(": ")
                .append(BoardWording.marked(s.outcome())).append("\n\n");
        for (Finding f : s.findings()) {
            md.append("- ").append(BoardWording.marked(f.outcome())).append(": ").append(escape(f.rationale())).append('\n');
            if (f.toComply() != null && !f.outcome().isMet()) {
                md.append("  - **To comply:** ").append(escape(f.toComply())).append('\n');
            }
            if (f.missingEvidence() != null) {
                md.append("  - Evidence missing: ").append(escape(f.missingEvidence())).append('\n');
            }
            for (EvidenceUse e : f.evidence()) {
                md.append("  - Evidence: ").append(evidence(e)).append('\n');
            }
        }
        List<ThresholdUse> thresholds = BoardWording.thresholds(s);
        if (!thresholds.isEmpty()) {
            md.append("- Thresholds used:\n");
            for (ThresholdUse t : thresholds) {
                md.append("  - ").append(threshold(t)).append('\n');
            }
        }
        md.append('\n');
    }

    private void errors(List<FileError> errors, StringBuilder md) {
        md.append("# Files that could not be evaluated\n\n")
                .append("These files were not checked at all; correct them and run the check again.\n\n");
        for (FileError e : errors) {
            md.append("## \u2717 ERROR ").append(escape(e.file())).append("\n\n");
            for (String problem : e.problems()) {
                md.append("- ").append(escape(problem)).append('\n');
            }
            md.append('\n');
        }
    }

    private static String evidence(EvidenceUse e) {
        String where = "(" + escape(e.key()) + " at " + escape(e.location()) + ")";
        if (e.documentId() == null) {
            return "a figure or answer, not a document " + where;
        }
        String parts = BoardWording.documentParts(e.date(), e.approvedBy(), e.keptAt());
        return "\"" + escape(e.title()) + "\"" + (parts.isEmpty() ? "" : ", " + escape(parts)) + " " + where;
    }

    private static String threshold(ThresholdUse t) {
        String line = escape(BoardWording.threshold(t));
        return t.verified() ? line : "\u26a0 **" + BoardWording.UNVERIFIED + ":** " + line;
    }

    private static String declared(ActionResult a) {
        String text = BoardWording.declared(a.declared());
        return a.declarationDisagrees() ? text + " \u26a0 **disagrees with the evidence**" : text;
    }

    /**
     * Escapes Markdown syntax in text from evidence files and the rule pack: backslash escapes are
     * valid for any ASCII punctuation in CommonMark, so the text renders unchanged. Line breaks
     * become spaces, because one would end a table row or list item.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|' -> b.append('\\').append(c);
                // Only an ampersand that could start an entity ("&amp;") needs escaping.
                case '&' -> b.append(i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#')
                        ? "\\&" : "&");
                case '\r', '\n' -> {
                    if (!(c == '\n' && i > 0 && s.charAt(i - 1) == '\r')) {
                        b.append(' ');
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
