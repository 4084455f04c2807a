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
import org.mischecker.report.picture.Picture;

/**
 * The board report as Markdown (GitHub-flavoured tables), for pasting into board papers: the same
 * content and order as the HTML report. Text from evidence files is escaped so a title cannot break
 * a table (a pipe), start a heading or list, or become an HTML tag when the paper is converted.
 */
public final class MarkdownRenderer extends DocumentRenderer {

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
        if (reports.size() > 1) {
            md.append("# ").append(escape(BoardWording.schemeNames(reports))).append(" board reports: ").append(reports.size())
                    .append(" trusts\n\n");
            BoardOutline.overview(reports).forEach(g -> generic(g, md));
            md.append("---\n\n");
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

    /** A document of generic sections (mis trend). */
    static String document(String title, String meta, List<BoardOutline.Section.Generic> sections) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(title)).append("\n\n").append(escape(meta)).append("\n\n");
        MarkdownRenderer renderer = new MarkdownRenderer();
        sections.forEach(g -> renderer.generic(g, md));
        return md.toString();
    }

    private void trust(TrustReport r, StringBuilder md) {
        BoardOutline.Layout layout = new BoardOutline.Layout() {
            public void header(TrustReport report) {
                MarkdownRenderer.this.header(report, md);
            }

            public void verdict(TrustReport report) {
                MarkdownRenderer.this.verdict(report, md);
            }

            public void disagreements(List<ActionResult> actions) {
                MarkdownRenderer.this.disagreements(actions, md);
            }

            public void summary(List<ActionResult> actions, Picture glance) {
                MarkdownRenderer.this.summary(actions, glance, md);
            }

            public void cadenceGaps(List<CadenceGap> gaps) {
                MarkdownRenderer.this.cadenceGaps(gaps, md);
            }

            public void questions(List<Question> questions) {
                MarkdownRenderer.this.questions(questions, md);
            }

            public void unverifiedPointer(List<ThresholdUse> values) {
                MarkdownRenderer.this.unverifiedPointer(values, md);
            }

            public void action(ActionResult action, BoardOutline.FindingPictures pictures) {
                MarkdownRenderer.this.action(action, pictures, md);
            }

            public void unverifiedList(List<ThresholdUse> values) {
                MarkdownRenderer.this.unverified(values, md);
            }

            public void generic(BoardOutline.Section.Generic section) {
                MarkdownRenderer.this.generic(section, md);
            }
        };
        BoardOutline.of(r).forEach(section -> section.writeTo(layout));
    }

    private void header(TrustReport r, StringBuilder md) {
        md.append("# ").append(escape(BoardWording.schemeName(r))).append(" board report: ").append(escape(r.trustName())).append(" (")
                .append(escape(r.odsCode())).append(")\n\n")
                .append("ODS code **").append(escape(r.odsCode())).append("**; scheme year ").append(r.schemeYear()).append(": ")
                .append(escape(r.schemeTitle())).append(". Evidence file: ").append(escape(r.file()))
                .append(r.provenance() == null ? "" : escape(BoardWording.provenance(r.provenance()))).append(".\n\n");
        if (r.asOf() != null) {
            md.append("**").append(escape(BoardWording.asOfHeadline(r.asOf()))).append("** ")
                    .append(escape(BoardWording.asOfLeftOut(r.asOf()))).append("\n\n");
        }
    }

    private void verdict(TrustReport r, StringBuilder md) {
        Outcome overall = r.outcome();
        if (r.pack() != null) {
            md.append("> ").append(r.pack().status() == org.mischecker.report.PackInfo.Status.VERIFIED ? "" : "\u26a0 ")
                    .append("**").append(escape(r.pack().banner())).append("**\n\n");
        }
        md.append("## Verdict: ").append(BoardWording.symbol(overall)).append(' ').append(BoardWording.headline(r)).append("\n\n")
                .append("**").append(escape(r.verdict())).append("**\n\n");
    }

    private void cadenceGaps(List<CadenceGap> gaps, StringBuilder md) {
        md.append("## ").append(BoardWording.AS_OF_GAPS_HEADING).append("\n\n");
        for (CadenceGap g : gaps) {
            md.append("- ").append(escape(BoardWording.gap(g))).append('\n');
        }
        md.append('\n');
    }

    private void questions(List<Question> questions, StringBuilder md) {
        md.append("## ").append(BoardWording.QUESTIONS_HEADING).append("\n\n").append(BoardWording.QUESTIONS_NOTE).append("\n\n");
        int n = 1;
        for (Question q : questions) {
            md.append(n++).append(". **").append(escape(q.subject())).append("** ").append(escape(q.text()))
                    .append(" (").append(escape(BoardWording.concern(q.concern()))).append(")\n");
        }
        md.append('\n');
    }

    /** The list is long, so it follows the actions, as in the HTML report. */
    private void unverifiedPointer(List<ThresholdUse> unverified, StringBuilder md) {
        md.append("\u26a0 **").append(BoardWording.UNVERIFIED).append(":** this verdict rests on ")
                .append(values(unverified.size())).append(" not verified against the official guidance; ")
                .append(unverified.size() == 1 ? "it is" : "they are").append(" listed in the appendix.\n\n");
    }

    /** A section the outline builds from generic blocks. */
    private void generic(BoardOutline.Section.Generic g, StringBuilder md) {
        md.append("## ").append(escape(g.heading())).append("\n\n");
        g.body().forEach(b -> b.writeTo(new BoardOutline.BlockFormat() {
            public void paragraph(List<BoardOutline.Inline> text) {
                md.append(BoardOutline.format(text, INLINE)).append("\n\n");
            }

            public void items(boolean numbered, List<List<BoardOutline.Inline>> items) {
                int n = 1;
                for (List<BoardOutline.Inline> item : items) {
                    md.append(numbered ? (n++) + ". " : "- ").append(BoardOutline.format(item, INLINE)).append('\n');
                }
                md.append('\n');
            }

            public void table(String caption, List<String> header, List<List<List<BoardOutline.Inline>>> rows) {
                md.append("**").append(escape(caption)).append("**\n\n|");
                header.forEach(h -> md.append(' ').append(escape(h)).append(" |"));
                md.append("\n|").append("---|".repeat(header.size())).append('\n');
                for (List<List<BoardOutline.Inline>> row : rows) {
                    md.append('|');
                    row.forEach(cell -> md.append(' ').append(BoardOutline.format(cell, INLINE)).append(" |"));
                    md.append('\n');
                }
                md.append('\n');
            }

            public void picture(Picture picture) {
                MarkdownRenderer.picture(picture, md);
                for (String line : picture.text()) {
                    md.append("- ").append(escape(line)).append('\n');
                }
                md.append('\n');
            }
        }));
    }

    /**
     * A picture as an image embedded in the file (a data: URI holding the SVG, base64): the report
     * stays one file, written atomically like every other output and able to go to standard output,
     * and pandoc, VS Code and most Markdown editors show it. GitHub-flavoured Markdown cannot hold
     * inline SVG safely (it strips it), and a linked .svg beside the report would be a second file to
     * keep with it and could not follow a report piped to standard output. The alt text is the
     * picture's text equivalent, and the report's text around it says the same, so a viewer that
     * drops data: images loses nothing.
     */
    static void picture(Picture picture, StringBuilder md) {
        md.append("![").append(escape(picture.alt())).append("](data:image/svg+xml;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(picture.standalone().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .append(")\n\n");
    }

    /** Runs of text in Markdown; an action reference is bold (a board paper's anchors do not survive pasting). */
    private static final BoardOutline.InlineFormat INLINE = new BoardOutline.InlineFormat() {
        public String text(String text) {
            return escape(text);
        }

        public String strong(String text) {
            return "**" + escape(text) + "**";
        }

        public String code(String text) {
            return "`" + text.replace("`", "'").replace('\n', ' ') + "`";
        }

        public String badge(Outcome outcome) {
            return BoardWording.marked(outcome);
        }

        public String actionRef(String action, String label) {
            return "**" + escape(label) + "**";
        }

        public String mark(Outcome outcome) {
            return BoardWording.symbol(outcome);
        }

        public String trustRef(int position, String label) {
            return escape(label);
        }
    };

    private void disagreements(List<ActionResult> disagreements, StringBuilder md) {
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

    private void summary(List<ActionResult> actions, Picture glance, StringBuilder md) {
        md.append("## The safety actions\n\n");
        picture(glance, md);
        md
                .append("| Action | Title | Outcome | Declared by the board |\n|---|---|---|---|\n");
        for (ActionResult a : actions) {
            md.append("| ").append(escape(a.id())).append(" | ").append(escape(a.title())).append(" | ")
                    .append(BoardWording.marked(a.outcome())).append(" | ").append(declared(a)).append(" |\n");
        }
        md.append('\n');
    }

    private void unverified(List<ThresholdUse> unverified, StringBuilder md) {
        md.append("## ").append(BoardWording.APPENDIX).append(": values ").append(BoardWording.UNVERIFIED_NOTE).append("\n\n")
                .append("This verdict rests on ").append(values(unverified.size()))
                .append(" not verified against the official guidance (confidence below R-H), each with its key in the rule pack and"
                        + " where the domain notes give it. ")
                .append(unverified.size() == 1 ? "Check it" : "Check them").append(" before relying on the verdict.\n\n");
        for (ThresholdUse t : unverified) {
            md.append("- ").append(threshold(t)).append('\n');
        }
        md.append('\n');
    }

    private static String values(int n) {
        return n + (n == 1 ? " value" : " values");
    }

    private void action(ActionResult a, BoardOutline.FindingPictures pictures, StringBuilder md) {
        md.append("## ").append(escape(a.id())).append(' ').append(escape(a.title())).append(": ")
                .append(BoardWording.marked(a.outcome())).append("\n\n")
                .append(a.isConditions() ? "" : "Declared by the board: " + declared(a) + ".\n\n")
                .append("| Standard | Title | Outcome |\n|---|---|---|\n");
        for (StandardResult s : a.standards()) {
            md.append("| ").append(escape(s.id())).append(" | ").append(escape(s.title())).append(" | ")
                    .append(BoardWording.marked(s.outcome())).append(" |\n");
        }
        md.append('\n');
        for (StandardResult s : a.standards()) {
            standard(s, pictures, md);
        }
    }

    private void standard(StandardResult s, BoardOutline.FindingPictures pictures, StringBuilder md) {
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
        List<String> values = BoardWording.plainValues(s);
        if (!values.isEmpty()) {
            md.append("- The values it is judged on:\n");
            for (String v : values) {
                md.append("  - ").append(escape(v)).append('\n');
            }
        }
        md.append('\n');
        for (Finding f : s.findings()) {
            pictures.of(f).forEach(p -> picture(p, md));
        }
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
