package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;

/**
 * Every NOT MET figure says what would close the gap, in real units, on each path a figure takes:
 * ratio, count, whole-time equivalents per unit, and cadence.
 */
class ToComplyTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static TrustReport check(String caseYaml) throws IOException {
        JsonNode c = YAML.readTree(caseYaml);
        return CaseRunner.checker().check(CaseRunner.evidence(c));
    }

    private static List<String> toComply(TrustReport r, String standard) {
        return r.actions().stream().flatMap(a -> a.standards().stream()).filter(s -> s.id().equals(standard))
                .flatMap(s -> s.findings().stream()).filter(f -> f.outcome() == Outcome.NOT_MET)
                .map(Finding::toComply).toList();
    }

    /** Every figure below its threshold, one document missing from every cadence, too little lead time. */
    private static final String EVERYTHING_SHORT = """
            set:
              SA1.notifiedInTime: {numerator: 30, denominator: 40}
              SA1.surveillanceInTime: {numerator: 30, denominator: 40}
              SA1.reviewStartedInTime: {numerator: 30, denominator: 40}
              SA1.draftReportInTime: {numerator: 10, denominator: 34}
              SA1.publishedInTime: {numerator: 10, denominator: 34}
              SA1.parentsInformed: {numerator: 30, denominator: 40}
              SA1.boardReports: [board-2021-10, board-2022-04, board-2022-07, board-2022-10]
              SA2.cqimsPassed: {numerator: 5, denominator: 11}
              SA2.validEthnicCategory: {numerator: 300, denominator: 431}
              SA3.pathwayAudits: [tc-audit-2021-q3, tc-audit-2022-q2, tc-audit-2022-q3, tc-audit-2022-q4]
              SA3.atainReviews: [atain-2021-q3, atain-2022-q2, atain-2022-q3, atain-2022-q4]
              SA4.shortTermLocums: {numerator: 50, denominator: 57}
              SA5.coordinatorSupernumerary: {numerator: 900, denominator: 948}
              SA5.oneToOneCare: {numerator: 3000, denominator: 3912}
              SA5.staffingReports: [staffing-report-2022-07]
              SA6.boardReports: [board-2021-10, board-2022-04, board-2022-07, board-2022-10]
              SA6.coAtBooking: {numerator: 100, denominator: 431}
              SA6.coAt36Weeks: {numerator: 100, denominator: 418}
              SA6.fgrRiskAssessed: {numerator: 10, denominator: 100}
              SA6.rfmInformation: {numerator: 10, denominator: 100}
              SA6.computerisedCtg: {numerator: 10, denominator: 50}
              SA6.fetalMonitoringTraining: {numerator: 100, denominator: 302}
              SA6.fetalMonitoringCompetency: {numerator: 100, denominator: 302}
              SA6.fetalMonitoringLeadWte: 0.1
              SA6.antenatalSteroids: {numerator: 10, denominator: 36}
              SA6.magnesiumSulphate: {numerator: 1, denominator: 10}
              SA6.placeOfBirth: {numerator: 10, denominator: 30}
              SA8.fetalMonitoringTraining.midwives: {numerator: 100, denominator: 237}
              SA8.emergenciesTraining.midwives: {numerator: 100, denominator: 237}
              SA8.newbornLifeSupportTraining.midwives: {numerator: 100, denominator: 237}
              SA9.dashboardReviews: [board-2021-10, board-2022-04, board-2022-07, board-2022-10]
              SA9.walkabouts: [walkabout-2021-09, walkabout-2022-01, walkabout-2022-03, walkabout-2022-05, walkabout-2022-07, walkabout-2022-09, walkabout-2022-11]
              SA10.reportedToHsib: {numerator: 5, denominator: 6}
              SA10.reportedToEarlyNotification: {numerator: 2, denominator: 3}
              SA10.familiesInformed: {numerator: 5, denominator: 6}
            """;

    @Test
    void everyNotMetFigureCadenceAndLeadTimeSaysWhatWouldCloseTheGap() throws IOException {
        TrustReport r = check(EVERYTHING_SHORT);
        List<Finding> notMet = r.actions().stream().flatMap(a -> a.standards().stream()).flatMap(s -> s.findings().stream())
                .filter(f -> f.outcome() == Outcome.NOT_MET).toList();
        List<Finding> figurePaths = notMet.stream()
                .filter(f -> f.figure() != null || f.cadence() != null || f.rationale().contains(" WTE "))
                .toList();
        // 27 ratios and counts (SA8 counts one per group), 7 cadences, 1 lead-time figure
        assertThat(figurePaths).hasSizeGreaterThanOrEqualTo(30);
        assertThat(figurePaths).allSatisfy(f -> assertThat(f.toComply()).as(f.rationale()).isNotBlank());
        assertThat(figurePaths.stream().filter(f -> f.cadence() != null)).hasSize(7);
    }

    @Test
    void ratioNamesHowManyMoreOfTheDenominatorAndTheThreshold() throws IOException {
        TrustReport r = check("set: {SA8.fetalMonitoringTraining.midwives: {numerator: 201, denominator: 237}, "
                + "SA1.reviewStartedInTime: {numerator: 41, denominator: 44}}");
        assertThat(toComply(r, "SA8.b")).containsExactly("13 more of the 237 staff in the group needed to reach 90%");
        assertThat(toComply(r, "SA1.b")).containsExactly("1 more of the 44 deaths eligible for review needed to reach 95%");
    }

    @Test
    void ratioShortByOneCaseOfALargeDenominator() throws IOException {
        TrustReport r = check("set: {SA2.validEthnicCategory: {numerator: 899, denominator: 1000}}");
        assertThat(toComply(r, "SA2.b")).containsExactly("1 more of the 1000 women booked in the month needed to reach 90%");
    }

    @Test
    void countSaysHowManyMoreMustPass() throws IOException {
        assertThat(toComply(check("set: {SA2.cqimsPassed: {numerator: 9, denominator: 11}}"), "SA2.a"))
                .containsExactly("1 more of the CQIMs needs to pass");
        assertThat(toComply(check("set: {SA2.cqimsPassed: {numerator: 5, denominator: 11}}"), "SA2.a"))
                .containsExactly("5 more CQIMs must pass");
    }

    @Test
    void leadTimeSaysHowManyMoreWholeTimeEquivalents() throws IOException {
        assertThat(toComply(check("set: {SA6.fetalMonitoringLeadWte: 0.25, SA6.consultantLedUnits: 2}"), "SA6.E4"))
                .containsExactly("0.55 more WTE needed (whole-time equivalents of Fetal Monitoring Lead time in post)");
    }

    @Test
    void cadenceNamesEachIntervalWithoutADocument() throws IOException {
        // board-2022-01 and board-2022-04 are cited elsewhere (SA6, SA9) next to the other Board papers: named as candidates.
        assertThat(toComply(check("set: {SA1.boardReports: [board-2021-10, board-2022-04, board-2022-07, board-2022-10]}"), "SA1.e"))
                .containsExactly("1 interval without a document: one dated 6 Dec 2021 to 5 Mar 2022 is needed; document board-2022-01"
                        + " dated 27 Jan 2022 is listed but not cited under SA1.boardReports: cite it there if it is one of them");
        assertThat(toComply(check("set: {SA1.boardReports: [board-2021-10, board-2022-07, board-2022-10]}"), "SA1.e"))
                .containsExactly("2 intervals without a document: one dated 6 Dec 2021 to 5 Mar 2022; one dated 6 Mar 2022 to 5 Jun 2022"
                        + " are needed; documents board-2022-01 dated 27 Jan 2022 and board-2022-04 dated 28 Apr 2022 are listed but not"
                        + " cited under SA1.boardReports: cite each there if it is one of them");
    }

    /**
     * An empty interval names a listed document dated in it only when it may be the one meant: cited
     * nowhere, or cited elsewhere next to this key's documents. Other papers of the quarter (the
     * staffing report, walkabout notes, audits cited for other standards) are about something else.
     */
    @Test
    void cadenceNamesAnUncitedDocumentOfAnEmptyIntervalButNotThePapersOfOtherStandards() throws IOException {
        String removeJanuary = "SA1.boardReports: [board-2021-10, board-2022-04, board-2022-07, board-2022-10], "
                + "SA6.boardReports: [board-2021-10, board-2022-04, board-2022-07, board-2022-10], SA9.dashboardReviews: [board-2021-10, board-2022-04, board-2022-07, board-2022-10]";
        TrustReport r = check("{set: {" + removeJanuary + "}, addDocuments: [{id: pmrt-board-2022-02, title: \"Trust Board: PMRT report\","
                + " date: 2022-02-24, approvedBy: Trust Board}]}");
        assertThat(toComply(r, "SA1.e")).containsExactly("1 interval without a document: one dated 6 Dec 2021 to 5 Mar 2022 is needed;"
                + " documents board-2022-01 dated 27 Jan 2022 and pmrt-board-2022-02 dated 24 Feb 2022 are listed but not cited under"
                + " SA1.boardReports: cite each there if it is one of them");
        assertThat(toComply(r, "SA1.e").get(0)).doesNotContain("staffing-report-2022-01").doesNotContain("walkabout-2022-01")
                .doesNotContain("atain-2022-q1");
    }

    @Test
    void aMetFigureHasNothingToComply() throws IOException {
        TrustReport r = check("set: {}");
        assertThat(r.actions().stream().flatMap(a -> a.standards().stream()).flatMap(s -> s.findings().stream()))
                .allSatisfy(f -> assertThat(f.toComply()).isNull());
    }
}
