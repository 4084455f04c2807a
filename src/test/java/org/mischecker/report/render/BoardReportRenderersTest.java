package org.mischecker.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;

/** The HTML and Markdown board reports, from reports built in code (see {@link BoardReportFixture}). */
class BoardReportRenderersTest {

    private static String render(Renderer renderer) throws IOException {
        StringBuilder out = new StringBuilder();
        renderer.render(BoardReportFixture.reports(), BoardReportFixture.errors(), out);
        return out.toString();
    }

    /** What a reader sees: tags removed, the few entities the renderer writes decoded. */
    private static String visibleText(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }



    @Test
    void htmlIsSelfContained() throws IOException {
        String html = render(new HtmlRenderer()).toLowerCase();
        for (String outside : List.of("http://", "https://", "<script", "src=", "@import", "url(")) {
            assertThat(html).as("self-contained: no '" + outside + "'").doesNotContain(outside);
        }
    }

    @Test
    void htmlShowsTextFromEvidenceFilesAsTextNotMarkup() throws IOException {
        String html = render(new HtmlRenderer());
        assertThat(html).contains("Riverside &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; | NHS Trust")
                .contains("unknown key &#39;&lt;b&gt;bold&lt;/b&gt;&#39;")
                .doesNotContain("<b>bold");
        assertThat(visibleText(html)).contains("Riverside " + BoardReportFixture.HOSTILE + " | NHS Trust");
    }

    @Test
    void htmlWritesEveryOutcomeAsASymbolAndAWord() throws IOException {
        String text = visibleText(render(new HtmlRenderer()));
        for (Outcome o : Outcome.values()) {
            assertThat(text).contains(BoardWording.symbol(o) + " " + o.label());
        }
    }

    @Test
    void htmlPutsTheVerdictFirstThenTheDisagreementThenTheSummary() throws IOException {
        String html = render(new HtmlRenderer());
        int verdict = html.indexOf("Verdict: 1/3: does not meet the scheme (SA2, SA3 not met");
        int warning = html.indexOf("Warning: the board&#39;s declaration disagrees with the evidence");
        int summary = html.indexOf("<table class=\"summary\">");
        int firstAction = html.indexOf("<section class=\"action\"");
        assertThat(verdict).isPositive();
        assertThat(warning).isGreaterThan(verdict);
        assertThat(summary).isGreaterThan(warning);
        assertThat(firstAction).isGreaterThan(summary);
        assertThat(visibleText(html)).contains("One out of three safety actions met")
                .contains("SA2 Data set " + BoardReportFixture.HOSTILE + " | pipe: declared MET, the evidence shows NOT MET");
    }

    @Test
    void htmlMarksUnverifiedThresholdsAndShowsTheDistanceToComply() throws IOException {
        String text = visibleText(render(new HtmlRenderer()));
        assertThat(text).contains("R-M \u26a0 UNVERIFIED").doesNotContain("S \u26a0 UNVERIFIED")
                .contains("To comply: 1 more of the 435 women booked in the month needed to reach 90%")
                .contains("Evidence missing: SA2.boardAssurance")
                .contains("Head of Midwifery").contains("Governance drive/MIS/SA1");
    }

    @Test
    void htmlHasOneSectionPerTrustAndListsFilesThatCouldNotBeRead() throws IOException {
        String html = render(new HtmlRenderer());
        assertThat(html.split("<section class=\"trust\"", -1)).hasSize(4);
        assertThat(html).contains("<title>Maternity Incentive Scheme board report: 3 trusts</title>")
                .contains("<section class=\"errors\" id=\"errors\">")
                .contains("broken.yaml:3:1: tab character");
    }

    @Test
    void htmlPrintsOnA4WithEachActionOnANewPage() throws IOException {
        String html = render(new HtmlRenderer());
        assertThat(html).contains("@page { size: A4;").contains("@media print")
                .containsPattern("\\.action[^{]*\\{ break-before: page; page-break-before: always; }");
    }

    @Test
    void markdownEscapesPipesSoEveryTableRowKeepsItsColumns() throws IOException {
        String md = render(new MarkdownRenderer());
        assertThat(md).contains("| SA2 | Data set \\<script\\>alert(1)\\</script\\> & \"quotes\" \\| pipe | \u2717 NOT MET | MET");
        for (List<String> table : tables(md)) {
            long columns = unescapedPipes(table.get(0));
            for (String row : table) {
                assertThat(unescapedPipes(row)).as("cells in " + row).isEqualTo(columns);
            }
        }
    }

    @Test
    void markdownCannotBecomeMarkupWhenConverted() throws IOException {
        String md = render(new MarkdownRenderer());
        assertThat(md).doesNotContainPattern("(?<!\\\\)<script").doesNotContain("<b>bold");
    }

    @Test
    void markdownHasTheSameContentAsTheHtml() throws IOException {
        String md = render(new MarkdownRenderer());
        for (Outcome o : Outcome.values()) {
            assertThat(md).contains(BoardWording.marked(o));
        }
        assertThat(md).contains("## Verdict: \u2717 One out of three safety actions met")
                .contains("\u26a0 Warning: the board's declaration disagrees with the evidence")
                .contains("**To comply:** 1 more of the 435 women booked")
                .contains("\u26a0 **UNVERIFIED:** sa2.ethnicity.minPct = 90% (confidence R-M")
                .contains("Evidence: \"MBRRACE-UK PMRT report\", dated 2022-12-09, approved by Head of Midwifery, kept at Governance drive/MIS/SA1")
                .contains("# Files that could not be evaluated");
    }

    @Test
    void renderingIsRepeatableAndLeavesTheReportAsItWas() throws IOException {
        List<TrustReport> before = BoardReportFixture.reports();
        for (Renderer r : List.of(new HtmlRenderer(), new MarkdownRenderer())) {
            assertThat(render(r)).isEqualTo(render(r));
        }
        assertThat(BoardReportFixture.reports()).isEqualTo(before);
    }

    @Test
    void htmlShowsTheActionsAtAGlanceBeforeTheSummaryAndEachFigureAndCadenceInItsFinding() throws IOException {
        String html = render(new HtmlRenderer());
        String riverside = html.substring(0, html.indexOf("id=\"t2\""));
        assertThat(riverside.indexOf("<figure class=\"picture picture-actions\">")).isPositive()
                .isLessThan(riverside.indexOf("<table class=\"summary\">"));
        // The narrow margin the questions ask about is marked on its bar; the miss states what it needs.
        assertThat(riverside).contains("aria-label=\"SA1.b review started: 95.4% (42 of 44) against 95% needed; met by 0.5 points;"
                + " 1 fewer would have missed it; a narrow margin, asked about in the questions for the board.\"")
                .contains(">narrow: met by 0.5 points</text>")
                .contains(">0.1 points short</text>", ">1 more of 435 needed</text>");
        // The cadence on the board date: the date as a line, the empty intervals closed or still open.
        assertThat(riverside).contains(">board date 1 Mar 2022</text>", "no document 9 Nov 2021 to 8 Feb 2022: can no longer be met",
                "no document 9 Feb 2022 to 8 May 2022: still open");
        assertThat(riverside.indexOf("picture-cadence")).isGreaterThan(riverside.indexOf("SA3.b pathway audits NOT MET"));
    }

    @Test
    void markdownEmbedsEachPictureAsAnSvgImageWithItsTextAsAlt() throws IOException {
        String md = render(new MarkdownRenderer());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("!\\[([^\\]]*)\\]\\(data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)\\)").matcher(md);
        int images = 0;
        while (m.find()) {
            images++;
            String svg = new String(java.util.Base64.getDecoder().decode(m.group(2)), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" ").endsWith("</svg>").doesNotContain("<script");
            assertThat(m.group(1)).isNotBlank();
        }
        // riverside: the row, two bars and a cadence; northshire: the row and a bar; westfield: the row (its figure keeps no threshold percentage)
        assertThat(images).isEqualTo(7);
    }

    @Test
    void htmlOfSeveralTrustsOpensWithTheAuditorsMatrixLowestScoreFirst() throws IOException {
        String html = render(new HtmlRenderer());
        int matrix = html.indexOf("<section class=\"auditor-matrix\"");
        assertThat(matrix).isPositive().isLessThan(html.indexOf("<section class=\"trust\" id=\"t1\""));
        String table = html.substring(matrix, html.indexOf("</table>", matrix));
        // Every trust a row, linked to its section; symbols with the word for screen readers; the disagreement marked.
        assertThat(table).contains("<a href=\"#t1\">Riverside &lt;script&gt;", "<a href=\"#t2\">Northshire", "<a href=\"#t3\">Westfield")
                .contains("\u2717<span class=\"visually-hidden\"> NOT MET</span></span> \u26a0");
        assertThat(html).contains("<h2>Trusts not meeting each action, most-failed first</h2>",
                "<h2>Boards whose declaration disagrees with their evidence</h2>");
        StringBuilder one = new StringBuilder();
        new HtmlRenderer().render(List.of(BoardReportFixture.riverside()), List.of(), one);
        assertThat(one.toString()).doesNotContain("<section class=\"auditor-matrix\"");
    }

    @Test
    void theRegistryOffersBothFormats() {
        assertThat(new Renderers(false).names()).contains("html", "markdown");
    }

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private static long unescapedPipes(String row) {
        return UNESCAPED_PIPE.matcher(row).results().count();
    }

    /** Runs of consecutive lines that start with a pipe. */
    private static List<List<String>> tables(String md) {
        List<List<String>> tables = new ArrayList<>();
        List<String> current = null;
        for (String line : md.split("\n")) {
            if (line.startsWith("|")) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(line);
            } else {
                current = null;
            }
        }
        assertThat(tables).isNotEmpty();
        return tables;
    }
}
