package org.mischecker.report.render;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
 * The board report as one self-contained HTML file, for safety champions preparing a board meeting:
 * verdict first, then any disagreement with the board's declaration, a summary of the ten actions,
 * then every action and standard with its rationale, evidence and thresholds.
 *
 * <p>Self-contained on purpose: board papers are mailed around and opened offline, and NHS networks
 * block or log outside requests, so there are no scripts, fonts, images or links to other hosts; the
 * CSS is inline. It prints on A4 with each action on a new page, and reads without colour or
 * backgrounds: every outcome is a word and a symbol, colour is only an extra. All text from evidence
 * files is escaped. No timestamps, so the same evidence gives the same bytes.
 */
public final class HtmlRenderer extends DocumentRenderer {

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #111;
                   background: #fff; line-height: 1.45; margin: 0 auto; padding: 1.5rem 2rem; max-width: 62rem; }
            h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #333; padding-bottom: .2rem; }
            h3 { font-size: 1.1rem; margin: 1.4rem 0 .3rem; }
            code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
            .kicker { text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; margin: 0; color: #333; }
            .meta { margin: .15rem 0; }
            .verdict { border: 4px solid #111; padding: .8rem 1.1rem; margin: 1.2rem 0; }
            .verdict-headline { font-size: 1.75rem; font-weight: 700; margin: 0 0 .3rem; }
            .verdict-text { font-size: 1.2rem; margin: 0; }
            .verdict.met { border-color: #0b6b2e; }
            .verdict.not-met { border-color: #b00020; }
            .verdict.not-assessed { border-color: #7a4100; border-style: dashed; }
            .pack-status { margin: 1rem 0 0; }
            .pack-status.draft { border: 3px dashed #b00020; padding: .4rem .8rem; }
            .warning { border: 4px double #b00020; padding: .6rem 1.1rem; margin: 1.2rem 0; }
            .warning h2 { border: 0; margin: .2rem 0 .4rem; color: #8f001a; }
            .warning li { font-weight: 600; }
            .outcome { display: inline-block; border: 2px solid; border-radius: 3px; padding: 0 .35em;
                       font-weight: 700; white-space: nowrap; }
            .o-met { color: #0b6b2e; background: #e7f4ea; }
            .o-not-met { color: #b00020; background: #fdecee; }
            .o-no-evidence { color: #7a4100; background: #fff3dc; }
            .o-not-assessed { color: #3d3d3d; background: #eeeeee; }
            .disagrees { font-weight: 700; color: #8f001a; white-space: nowrap; }
            .unverified { font-weight: 700; color: #7a4100; white-space: nowrap; }
            table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }
            caption { text-align: left; font-weight: 700; padding: .2rem 0; }
            th, td { border: 1px solid #777; padding: .25rem .45rem; text-align: left; vertical-align: top; }
            th { border-bottom: 2px solid #333; }
            table.detail { font-size: .88rem; }
            table.detail code { overflow-wrap: normal; }
            td.value { white-space: nowrap; }
            .findings { list-style: none; padding: 0; margin: .3rem 0; }
            .finding { border-left: 4px solid #999; padding: .1rem 0 .1rem .7rem; margin: .5rem 0; }
            .finding p { margin: .2rem 0; }
            .to-comply { font-weight: 600; }
            .where { color: #444; font-size: .85em; }
            .action-status { margin: .3rem 0 .6rem; }
            .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
            .outcome.mark { min-width: 1.1em; text-align: center; }
            .auditor-matrix td, .auditor-matrix th { text-align: center; }
            .auditor-matrix td:first-child, .auditor-matrix th:first-child { text-align: left; }
            figure.picture { margin: .4rem 0 .6rem; }
            figure.picture svg { display: block; max-width: 100%; height: auto; }
            figure.picture-figure svg { max-width: 36rem; }
            @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
            @media print {
              body { font-size: 10pt; padding: 0; max-width: none; }
              h2, h3, caption { break-after: avoid; page-break-after: avoid; }
              .action, .unverified-list, .trust + .trust, .overview + .trust, .errors { break-before: page; page-break-before: always; }
              .finding, tr, figure.picture { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              a { color: inherit; text-decoration: none; }
            }
            """;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void render(List<TrustReport> reports, List<FileError> errors, Appendable out) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(documentTitle(reports))).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        if (!errors.isEmpty() && !reports.isEmpty()) {
            html.append("<p class=\"warning\"><strong>\u26a0 Warning:</strong> ").append(errors.size())
                    .append(errors.size() == 1 ? " file" : " files")
                    .append(" could not be evaluated; see <a href=\"#errors\">the end of this report</a>.</p>\n");
        }
        if (reports.size() > 1) {
            html.append("<section class=\"overview\" id=\"overview\">\n<header>\n<p class=\"kicker\">")
                    .append(escape(BoardWording.schemeNames(reports))).append(": board reports</p>\n")
                    .append("<h1>").append(reports.size()).append(" trusts</h1>\n</header>\n");
            BoardOutline.overview(reports).forEach(g -> generic(g, "overview", html));
            html.append("</section>\n");
        }
        for (int i = 0; i < reports.size(); i++) {
            trust(reports.get(i), "t" + (i + 1), html);
        }
        if (!errors.isEmpty()) {
            errors(errors, html);
        }
        html.append("</body>\n</html>\n");
        out.append(html);
    }

    /** A page of generic sections (mis trend), with the board report's style: self-contained, printable on A4. */
    static String document(String title, String kicker, String heading, String meta, List<BoardOutline.Section.Generic> sections) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<header>\n<p class=\"kicker\">").append(escape(kicker)).append("</p>\n<h1>").append(escape(heading))
                .append("</h1>\n<p class=\"meta\">").append(escape(meta)).append("</p>\n</header>\n");
        HtmlRenderer renderer = new HtmlRenderer();
        sections.forEach(g -> renderer.generic(g, "trend", html));
        return html.append("</body>\n</html>\n").toString();
    }

    private static String documentTitle(List<TrustReport> reports) {
        String prefix = BoardWording.schemeNames(reports) + " board report";
        if (reports.size() == 1) {
            TrustReport r = reports.get(0);
            return prefix + ": " + r.trustName() + " (" + r.odsCode() + ")";
        }
        return prefix + ": " + reports.size() + " trusts";
    }

    private void trust(TrustReport r, String anchor, StringBuilder html) {
        html.append("<section class=\"trust\" id=\"").append(escape(anchor)).append("\">\n");
        BoardOutline.Layout layout = new BoardOutline.Layout() {
            public void header(TrustReport report) {
                HtmlRenderer.this.header(report, html);
            }

            public void verdict(TrustReport report) {
                HtmlRenderer.this.verdict(report, html);
            }

            public void disagreements(List<ActionResult> actions) {
                HtmlRenderer.this.disagreements(actions, anchor, html);
            }

            public void summary(List<ActionResult> actions, Picture glance) {
                picture(glance, html);
                HtmlRenderer.this.summary(actions, anchor, html);
            }

            public void cadenceGaps(List<CadenceGap> gaps) {
                HtmlRenderer.this.cadenceGaps(gaps, html);
            }

            public void questions(List<Question> questions) {
                HtmlRenderer.this.questions(questions, anchor, html);
            }

            public void unverifiedPointer(List<ThresholdUse> values) {
                HtmlRenderer.this.unverifiedPointer(values, anchor, html);
            }

            public void action(ActionResult action, BoardOutline.FindingPictures pictures) {
                HtmlRenderer.this.action(action, pictures, anchor, html);
            }

            public void unverifiedList(List<ThresholdUse> values) {
                HtmlRenderer.this.unverified(values, anchor, html);
            }

            public void generic(BoardOutline.Section.Generic section) {
                HtmlRenderer.this.generic(section, anchor, html);
            }
        };
        BoardOutline.of(r).forEach(section -> section.writeTo(layout));
        html.append("</section>\n");
    }

    private void header(TrustReport r, StringBuilder html) {
        html.append("<header>\n")
                .append("<p class=\"kicker\">").append(escape(BoardWording.schemeName(r))).append(": board report</p>\n")
                .append("<h1>").append(escape(r.trustName())).append("</h1>\n")
                .append("<p class=\"meta\">ODS code <strong>").append(escape(r.odsCode())).append("</strong>; scheme year ")
                .append(r.schemeYear()).append(": ").append(escape(r.schemeTitle())).append("</p>\n")
                .append("<p class=\"meta\">Evidence file: <code>").append(escape(r.file())).append("</code>")
                .append(r.provenance() == null ? "" : BoardWording.provenance(r.provenance())).append("</p>\n");
        if (r.asOf() != null) {
            html.append("<p class=\"meta as-of\"><strong>").append(escape(BoardWording.asOfHeadline(r.asOf())))
                    .append("</strong> ").append(escape(BoardWording.asOfLeftOut(r.asOf()))).append("</p>\n");
        }
        html.append("</header>\n");
    }

    /** A section the outline builds from generic blocks: a heading and its content. */
    private void generic(BoardOutline.Section.Generic g, String anchor, StringBuilder html) {
        html.append("<section class=\"").append(escape(g.id())).append("\" id=\"").append(escape(anchor + "-" + g.id()))
                .append("\">\n<h2>").append(escape(g.heading())).append("</h2>\n");
        BoardOutline.InlineFormat inline = inlineFormat(anchor);
        BoardOutline.BlockFormat blocks = new BoardOutline.BlockFormat() {
            public void paragraph(List<BoardOutline.Inline> text) {
                html.append("<p>").append(BoardOutline.format(text, inline)).append("</p>\n");
            }

            public void items(boolean numbered, List<List<BoardOutline.Inline>> items) {
                String tag = numbered ? "ol" : "ul";
                html.append('<').append(tag).append(">\n");
                items.forEach(item -> html.append("<li>").append(BoardOutline.format(item, inline)).append("</li>\n"));
                html.append("</").append(tag).append(">\n");
            }

            public void table(String caption, List<String> header, List<List<List<BoardOutline.Inline>>> rows) {
                html.append("<table class=\"detail\">\n<caption>").append(escape(caption)).append("</caption>\n<thead><tr>");
                header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
                html.append("</tr></thead>\n<tbody>\n");
                for (List<List<BoardOutline.Inline>> row : rows) {
                    html.append("<tr>");
                    row.forEach(cell -> html.append("<td>").append(BoardOutline.format(cell, inline)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }

            public void picture(Picture picture) {
                HtmlRenderer.picture(picture, html);
            }
        };
        g.body().forEach(b -> b.writeTo(blocks));
        html.append("</section>\n");
    }

    private static BoardOutline.InlineFormat inlineFormat(String anchor) {
        return new BoardOutline.InlineFormat() {
            public String text(String text) {
                return escape(text);
            }

            public String strong(String text) {
                return "<strong>" + escape(text) + "</strong>";
            }

            public String code(String text) {
                return "<code>" + escape(text) + "</code>";
            }

            public String badge(Outcome outcome) {
                return outcome(outcome);
            }

            public String actionRef(String action, String label) {
                return "<a href=\"#" + escape(anchor + "-" + action) + "\">" + escape(label) + "</a>";
            }

            public String mark(Outcome outcome) {
                return "<span class=\"outcome mark o-" + outcome.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\" title=\""
                        + outcome.label() + "\">" + BoardWording.symbol(outcome) + "<span class=\"visually-hidden\"> " + outcome.label()
                        + "</span></span>";
            }

            public String trustRef(int position, String label) {
                return "<a href=\"#t" + position + "\">" + escape(label) + "</a>";
            }
        };
    }

    private void verdict(TrustReport r, StringBuilder html) {
        Outcome overall = r.outcome();
        if (r.pack() != null) {
            html.append("<p class=\"pack-status ").append(r.pack().status().word()).append("\"><strong>")
                    .append(r.pack().status() == org.mischecker.report.PackInfo.Status.VERIFIED ? "" : "\u26a0 ")
                    .append(escape(r.pack().banner())).append("</strong></p>\n");
        }
        html.append("<div class=\"verdict ").append(overall.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">\n")
                .append("<p class=\"verdict-headline\"><span aria-hidden=\"true\">").append(BoardWording.symbol(overall))
                .append("</span> ").append(escape(BoardWording.headline(r))).append("</p>\n")
                .append("<p class=\"verdict-text\">Verdict: ").append(escape(r.verdict())).append("</p>\n</div>\n");
    }

    private void disagreements(List<ActionResult> disagreements, String anchor, StringBuilder html) {
        html.append("<div class=\"warning\" role=\"alert\">\n<h2>\u26a0 Warning: ").append(escape(BoardWording.DISAGREEMENT_HEADING))
                .append("</h2>\n<ul>\n");
        for (ActionResult a : disagreements) {
            html.append("<li><a href=\"#").append(escape(anchor + "-" + a.id())).append("\">").append(escape(a.id()))
                    .append("</a> ").append(escape(a.title())).append(": ").append(escape(BoardWording.disagreement(a)))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
        if (BoardWording.anyDeclaredMetWrongly(disagreements)) {
            html.append("<p>").append(escape(BoardWording.REPAYMENT_NOTE)).append("</p>\n");
        }
        html.append("</div>\n");
    }

    private void summary(List<ActionResult> actions, String anchor, StringBuilder html) {
        html.append("<table class=\"summary\">\n<caption>The safety actions</caption>\n")
                .append("<thead><tr><th>Action</th><th>Title</th><th>Outcome</th><th>Declared by the board</th></tr></thead>\n<tbody>\n");
        for (ActionResult a : actions) {
            html.append("<tr><td><a href=\"#").append(escape(anchor + "-" + a.id())).append("\">").append(escape(a.id()))
                    .append("</a></td><td>").append(escape(a.title())).append("</td><td>").append(outcome(a.outcome()))
                    .append("</td><td>").append(declared(a)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void cadenceGaps(List<CadenceGap> gaps, StringBuilder html) {
        html.append("<section class=\"cadence-gaps\">\n<h2>").append(escape(BoardWording.AS_OF_GAPS_HEADING))
                .append("</h2>\n<ul>\n");
        for (CadenceGap g : gaps) {
            html.append("<li>").append(escape(BoardWording.gap(g))).append("</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    /** The challenge questions, each linked to the action it is about. */
    private void questions(List<Question> questions, String anchor, StringBuilder html) {
        html.append("<section class=\"questions\" id=\"").append(escape(anchor)).append("-questions\">\n<h2>")
                .append(escape(BoardWording.QUESTIONS_HEADING)).append("</h2>\n<p>").append(escape(BoardWording.QUESTIONS_NOTE))
                .append("</p>\n<ol>\n");
        for (Question q : questions) {
            // A question about the file as a whole (its documents list) has no action section to link to.
            boolean linked = q.action().matches("[A-Za-z]+\\d+");
            html.append("<li>").append(linked ? "<a href=\"#" + escape(anchor + "-" + q.action()) + "\">" : "<strong>")
                    .append(escape(q.subject())).append(linked ? "</a> " : "</strong> ").append(escape(q.text())).append(" <span class=\"where\">(").append(escape(BoardWording.concern(q.concern())))
                    .append(")</span></li>\n");
        }
        html.append("</ol>\n</section>\n");
    }

    /** One line under the summary; the list itself is long, so it comes after the actions. */
    private void unverifiedPointer(List<ThresholdUse> unverified, String anchor, StringBuilder html) {
        html.append("<p><span class=\"unverified\">\u26a0 ").append(BoardWording.UNVERIFIED).append("</span> This verdict rests on ")
                .append(values(unverified.size())).append(" not verified against the official guidance; see <a href=\"#")
                .append(escape(anchor)).append("-unverified\">the appendix</a>.</p>\n");
    }

    private void unverified(List<ThresholdUse> unverified, String anchor, StringBuilder html) {
        html.append("<section class=\"unverified-list\" id=\"").append(escape(anchor)).append("-unverified\">\n<h2>").append(BoardWording.APPENDIX).append(": values ")
                .append(BoardWording.UNVERIFIED_NOTE).append("</h2>\n<p>This verdict rests on ").append(values(unverified.size()))
                .append(" not verified against the official guidance (confidence below R-H), each with its key in the rule pack and"
                        + " where the domain notes give it. ")
                .append(unverified.size() == 1 ? "Check it" : "Check them").append(" before relying on the verdict.</p>\n");
        thresholdTable(unverified, "Unverified values", html);
        html.append("</section>\n");
    }

    private static String values(int n) {
        return n + (n == 1 ? " value" : " values");
    }

    /**
     * A picture as inline SVG (no scripts, nothing loaded): its accessible name is its text
     * equivalent, and a browser shows it as a tooltip; the report's text around it says the same.
     */
    static void picture(Picture picture, StringBuilder html) {
        html.append("<figure class=\"picture picture-").append(escape(picture.kind())).append("\">\n").append(picture.svg())
                .append("\n</figure>\n");
    }

    private void action(ActionResult a, BoardOutline.FindingPictures pictures, String anchor, StringBuilder html) {
        html.append("<section class=\"action\" id=\"").append(escape(anchor + "-" + a.id())).append("\">\n")
                .append("<h2>").append(escape(a.id())).append(" ").append(escape(a.title())).append("</h2>\n")
                .append("<p class=\"action-status\">").append(outcome(a.outcome()))
                .append(a.isConditions() ? "" : " Declared by the board: " + declared(a)).append("</p>\n");
        for (StandardResult s : a.standards()) {
            standard(s, pictures, html);
        }
        html.append("</section>\n");
    }

    private void standard(StandardResult s, BoardOutline.FindingPictures pictures, StringBuilder html) {
        html.append("<div class=\"standard\">\n<h3>").append(escape(s.id())).append(" ").append(escape(s.title()))
                .append("</h3>\n<p>").append(outcome(s.outcome())).append(" <span class=\"where\">this standard's wording is ")
                .append(escape(BoardWording.plainConfidence(s.confidence()))).append("</span></p>\n<ul class=\"findings\">\n");
        for (Finding f : s.findings()) {
            finding(f, pictures.of(f), html);
        }
        html.append("</ul>\n");
        List<String> values = BoardWording.plainValues(s);
        if (!values.isEmpty()) {
            html.append("<p class=\"values\">The values it is judged on:</p>\n<ul class=\"values\">\n");
            values.forEach(v -> html.append("<li>").append(escape(v)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</div>\n");
    }

    private void finding(Finding f, List<Picture> pictures, StringBuilder html) {
        html.append("<li class=\"finding\">\n<p>").append(outcome(f.outcome())).append(" ")
                .append(escape(f.rationale())).append("</p>\n");
        pictures.forEach(p -> picture(p, html));
        if (f.toComply() != null && !f.outcome().isMet()) {
            html.append("<p class=\"to-comply\">To comply: ").append(escape(f.toComply())).append("</p>\n");
        }
        if (f.missingEvidence() != null) {
            html.append("<p>Evidence missing: <code>").append(escape(f.missingEvidence())).append("</code></p>\n");
        }
        if (!f.evidence().isEmpty()) {
            evidenceTable(f.evidence(), html);
        }
        html.append("</li>\n");
    }

    private void evidenceTable(List<EvidenceUse> evidence, StringBuilder html) {
        html.append("<table class=\"detail evidence\">\n<caption>Evidence used</caption>\n")
                .append("<thead><tr><th>Document</th><th>Date</th><th>Approved by</th><th>Where kept</th><th>Written at</th></tr></thead>\n<tbody>\n");
        for (EvidenceUse e : evidence) {
            html.append("<tr><td>").append(e.documentId() == null ? "(a figure or answer, not a document)" : escape(e.title()))
                    .append("</td><td class=\"value\">").append(orDash(e.date())).append("</td><td>").append(orDash(e.approvedBy()))
                    .append("</td><td>").append(orDash(e.keptAt())).append("</td><td><code>").append(escape(e.key()))
                    .append("</code> <span class=\"where\">").append(escape(e.location())).append("</span></td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void thresholdTable(List<ThresholdUse> thresholds, String caption, StringBuilder html) {
        html.append("<table class=\"detail thresholds\">\n<caption>").append(escape(caption)).append("</caption>\n")
                .append("<thead><tr><th>Threshold</th><th>Value</th><th>Confidence</th><th>Source</th></tr></thead>\n<tbody>\n");
        for (ThresholdUse t : thresholds) {
            html.append("<tr><td><code>").append(breakable(t.key())).append("</code></td><td class=\"value\">").append(escape(t.value()))
                    .append("</td><td>").append(escape(t.confidence()));
            if (!t.verified()) {
                html.append(" <span class=\"unverified\">\u26a0 ").append(BoardWording.UNVERIFIED).append("</span>");
            }
            html.append("</td><td>").append(escape(t.source())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void errors(List<FileError> errors, StringBuilder html) {
        html.append("<section class=\"errors\" id=\"errors\">\n<h1>Files that could not be evaluated</h1>\n")
                .append("<p>These files were not checked at all; correct them and run the check again.</p>\n");
        for (FileError e : errors) {
            html.append("<h2><span class=\"outcome o-not-assessed\">\u2717 ERROR</span> <code>").append(escape(e.file()))
                    .append("</code></h2>\n<ul>\n");
            for (String problem : e.problems()) {
                html.append("<li><code>").append(escape(problem)).append("</code></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** The outcome as symbol and word inside a coloured badge; the class only adds colour. */
    private static String outcome(Outcome o) {
        return "<span class=\"outcome o-" + o.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\"><span aria-hidden=\"true\">"
                + BoardWording.symbol(o) + "</span> " + o.label() + "</span>";
    }

    private static String declared(ActionResult a) {
        String text = escape(BoardWording.declared(a.declared()));
        return a.declarationDisagrees() ? text + " <span class=\"disagrees\">\u26a0 disagrees with the evidence</span>" : text;
    }

    /** Lets a long dotted key wrap at its dots rather than mid-word in a narrow column. */
    private static String breakable(String key) {
        return escape(key).replace(".", ".<wbr>");
    }

    private static String orDash(String s) {
        return s == null ? "\u2014" : escape(s);
    }

    /** Escapes text for element content and double- or single-quoted attributes alike. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
