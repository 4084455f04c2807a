package org.mischecker.report.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mischecker.Golden;
import org.mischecker.report.ActionResult;
import org.mischecker.report.CadenceCoverage;
import org.mischecker.report.FigureValue;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pictures drawn from findings built in code, each against a golden SVG file (open one in a
 * browser to review it), and every picture checked as a self-contained, accessible drawing: well
 * formed, no script, nothing loaded from elsewhere, no ids to clash in a page, an accessible name.
 */
class PicturesTest {

    static final String HOSTILE = "<script>alert(1)</script> & \"quotes\"";

    static List<ActionResult> tenActions() {
        List<ActionResult> actions = new java.util.ArrayList<>();
        Outcome[] outcomes = {Outcome.NOT_MET, Outcome.MET, Outcome.NO_EVIDENCE, Outcome.MET, Outcome.NOT_MET, Outcome.MET,
                Outcome.NOT_ASSESSED, Outcome.NOT_MET, Outcome.MET, Outcome.MET};
        for (int i = 0; i < outcomes.length; i++) {
            Boolean declared = i == 0 ? Boolean.TRUE : i == 5 ? Boolean.FALSE : null;
            actions.add(new ActionResult("SA" + (i + 1), "Action " + (i + 1) + (i == 1 ? " " + HOSTILE : ""), outcomes[i], declared, List.of()));
        }
        return actions;
    }

    static Finding figure(long num, long den, String percent, String required, Outcome outcome) {
        BigDecimal exact = BigDecimal.valueOf(num).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(den), 10, java.math.RoundingMode.DOWN);
        return new Finding("SA1.b", "review started", null, outcome, "rationale", new FigureValue(num, den, percent, "at least " + required + "%",
                exact, new BigDecimal(required)), List.of(), List.of(), null, null);
    }

    static Finding cadence() {
        CadenceCoverage c = new CadenceCoverage("SA1.boardReports", "3 months", List.of(
                new CadenceCoverage.Interval(LocalDate.of(2021, 9, 6), LocalDate.of(2021, 12, 5), List.of(LocalDate.of(2021, 10, 28))),
                new CadenceCoverage.Interval(LocalDate.of(2021, 12, 6), LocalDate.of(2022, 3, 5), List.of()),
                new CadenceCoverage.Interval(LocalDate.of(2022, 3, 6), LocalDate.of(2022, 6, 5), List.of(LocalDate.of(2022, 4, 28),
                        LocalDate.of(2022, 5, 26))),
                new CadenceCoverage.Interval(LocalDate.of(2022, 6, 6), LocalDate.of(2022, 9, 5), List.of()),
                new CadenceCoverage.Interval(LocalDate.of(2022, 9, 6), LocalDate.of(2022, 12, 5), List.of()),
                new CadenceCoverage.Interval(LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 29), List.of(LocalDate.of(2022, 12, 15)))));
        return new Finding("SA1.e", "board reports " + HOSTILE, null, Outcome.NOT_MET, "rationale", null, List.of(), List.of(), null, null, c);
    }

    static Map<String, Picture> pictures() {
        Map<String, Picture> p = new java.util.LinkedHashMap<>();
        p.put("actions", ActionRow.of(tenActions()));
        p.put("figure-short", FigureBar.of(figure(41, 44, "93.2%", "95", Outcome.NOT_MET), false).orElseThrow());
        p.put("figure-narrow", FigureBar.of(figure(42, 44, "95.4%", "95", Outcome.MET), true).orElseThrow());
        p.put("figure-full", FigureBar.of(figure(44, 44, "100.0%", "100", Outcome.MET), false).orElseThrow());
        p.put("cadence", CadenceStrip.of(cadence(), null).orElseThrow());
        p.put("cadence-as-of", CadenceStrip.of(cadence(), LocalDate.of(2022, 7, 1)).orElseThrow());
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyPictureMatchesItsGoldenSvg() {
        return pictures().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> Golden.assertMatches("pictures/" + e.getKey() + ".svg", e.getValue().standalone() + "\n")));
    }

    @TestFactory
    Stream<DynamicTest> everyPictureIsSelfContainedAndNamed() {
        return pictures().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Picture p = e.getValue();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(p.standalone().getBytes(StandardCharsets.UTF_8)));
            Element svg = doc.getDocumentElement();
            assertThat(svg.getTagName()).isEqualTo("svg");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-label")).isEqualTo(p.alt());
            assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(p.alt());
            assertThat(svg.getElementsByTagName("script").getLength()).isZero();
            NodeList all = svg.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element el = (Element) all.item(i);
                assertThat(el.hasAttribute("id")).as("no ids, so pictures never clash in one page").isFalse();
                assertThat(el.hasAttribute("href") || el.hasAttribute("xlink:href")).as("nothing loaded from elsewhere").isFalse();
                assertThat(el.getAttribute("style")).doesNotContain("url(");
            }
            assertThat(p.text()).isNotEmpty();
        }));
    }

    @Test
    void theActionRowSaysEveryOutcomeInWordsAndTheDisagreements() {
        Picture p = ActionRow.of(tenActions());
        assertThat(p.alt()).isEqualTo("The safety actions at a glance: 5 of 10 met; not met: SA1, SA5 and SA8; no evidence: SA3;"
                + " not assessed: SA7; the board's declaration disagrees with the evidence for SA1 and SA6.");
        assertThat(p.text()).contains("SA1: not met (the board declared it met)", "SA6: met (the board declared it not met)", "SA7: not assessed");
        assertThat(p.svg()).contains(">not met</text>", ">no evidence</text>", ">declared met</text>");
    }

    @Test
    void aFigureBarStatesTheMarginInPointsAndInCases() {
        assertThat(FigureBar.of(figure(41, 44, "93.2%", "95", Outcome.NOT_MET), false).orElseThrow().alt())
                .isEqualTo("SA1.b review started: 93.2% (41 of 44) against 95% needed; 1.8 points short; 1 more of 44 needed.");
        assertThat(FigureBar.of(figure(42, 44, "95.4%", "95", Outcome.MET), true).orElseThrow().alt())
                .isEqualTo("SA1.b review started: 95.4% (42 of 44) against 95% needed; met by 0.5 points; 1 fewer would have missed it;"
                        + " a narrow margin, asked about in the questions for the board.");
        assertThat(FigureBar.of(figure(949, 1000, "94.9%", "95", Outcome.NOT_MET), false).orElseThrow().alt())
                .contains("0.1 points short; 1 more of 1000 needed");
        assertThat(FigureBar.of(figure(9999, 10000, "99.9%", "100", Outcome.NOT_MET), false).orElseThrow().alt())
                .contains("under 0.1 points short; 1 more of 10000 needed");
        assertThat(FigureBar.of(figure(44, 44, "100.0%", "100", Outcome.MET), false).orElseThrow().alt()).contains("met: every case.");
    }

    @Test
    void noBarForACountOrAFigureWithoutCases() {
        Finding count = new Finding("SA6.E1", "x", null, Outcome.MET, "r", new FigureValue(3, 4, null, "at least 3 of 4"),
                List.of(), List.of(), null, null);
        assertThat(FigureBar.of(count, false)).isEmpty();
        Finding none = new Finding("SA1.b", "x", null, Outcome.MET, "r", new FigureValue(0, 0, null, "at least 95%", null, new BigDecimal("95")),
                List.of(), List.of(), null, null);
        assertThat(FigureBar.of(none, false)).isEmpty();
    }

    @Test
    void aCadenceStripListsEveryEmptyIntervalWithItsDatesAndOnABoardDateWhichCanStillBeMet() {
        Picture plain = CadenceStrip.of(cadence(), null).orElseThrow();
        assertThat(plain.text()).containsExactly(
                "6 Sep 2021 to 5 Dec 2021: 1 document (28 Oct 2021)",
                "6 Dec 2021 to 5 Mar 2022: none",
                "6 Mar 2022 to 5 Jun 2022: 2 documents (28 Apr 2022, 26 May 2022)",
                "6 Jun 2022 to 5 Sep 2022: none",
                "6 Sep 2022 to 5 Dec 2022: none",
                "30 Sep 2022 to 29 Dec 2022: 1 document (15 Dec 2022)");
        Picture asOf = CadenceStrip.of(cadence(), LocalDate.of(2022, 7, 1)).orElseThrow();
        assertThat(asOf.alt()).endsWith("on the board date 1 Jul 2022, 1 can no longer be met and 2 are still open.");
        assertThat(asOf.svg()).contains("board date 1 Jul 2022", "no document 6 Dec 2021 to 5 Mar 2022: can no longer be met",
                "no document 6 Jun 2022 to 5 Sep 2022: still open");
        assertThat(CadenceStrip.lanes(cadence().cadence().intervals())).hasSize(2);
    }

    @Test
    void numbersAreWrittenTheSameOnEveryMachine() {
        assertThat(Svg.num(12)).isEqualTo("12");
        assertThat(Svg.num(12.04)).isEqualTo("12");
        assertThat(Svg.num(12.05)).isEqualTo("12.1");
        assertThat(Svg.num(-0.01)).isEqualTo("0");
        assertThat(Svg.num(100.0)).isEqualTo("100");
    }
}
