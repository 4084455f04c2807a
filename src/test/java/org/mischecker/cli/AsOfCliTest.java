package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** mis check --as-of DATE: the picture on a board date, in every report format. */
class AsOfCliTest {

    private static final String RIVERSIDE = "evidence-examples/riverside-fails-three.yaml";

    @Test
    void textShowsTheDateTheDaysLeftAndWhichMissingIntervalsCanStillBeMet() {
        CliTest.Run run = CliTest.mis("check", "--no-colour", "--as-of", "2022-06-01", RIVERSIDE);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("As of 1 Jun 2022: 246 days to the declaration deadline (12:00 on 2 Feb 2023).")
                .contains("Documents dated after 1 Jun 2022 are left out (")
                .contains("Cadence on the board date, missing intervals:")
                .contains("SA1.e board reports (one every 3 months): can no longer be met: 6 Dec 2021 to 5 Mar 2022; "
                        + "still open: 6 Jun 2022 to 5 Sep 2022, 6 Sep 2022 to 5 Dec 2022")
                // the PMRT report is dated 9 Dec 2022: its figures did not exist on 1 Jun 2022, and the file is right to hold them
                .contains("SA1.b review started NO EVIDENCE: SA1.reviewStartedInTime (PMRT review started within 2 months of the death)"
                        + " is left out: its source, \"MBRRACE-UK PMRT downloadable report, deaths 6 Sep 2021 to 5 Dec 2022\" dated"
                        + " 9 Dec 2022, approved by Head of Midwifery, is dated after the board date, so the figure did not exist yet\n"
                        + "    to comply: the figure counts from the date of \"MBRRACE-UK PMRT downloadable report, deaths 6 Sep 2021 to"
                        + " 5 Dec 2022\" (9 Dec 2022), or give it from an earlier report\n")
                .contains("SA8.b staff groups (midwives) NO EVIDENCE: SA8.fetalMonitoringTraining.midwives (attended fetal monitoring and"
                        + " surveillance training, midwives) is left out: its source, \"Training needs analysis and attendance records")
                .doesNotContain("SA1.reviewStartedInTime is missing").doesNotContain("to comply: add SA1.reviewStartedInTime")
                .doesNotContain("to comply: add SA8.fetalMonitoringTraining")
                // the champion's minutes are dated 15 Nov 2022: named in the file, but not written yet
                .contains("but its supporting document, \"Maternity safety champions meeting minutes\" dated 15 Nov 2022,")
                .contains(", is dated after the board date, so nothing written shows it yet")
                .doesNotContain("SA1.e safety champion NO EVIDENCE: the trust declares: the quarterly reports were discussed with the trust"
                        + " maternity safety champion, but names no supporting document");
    }

    @Test
    void jsonCarriesTheBoardDateAndEachCadenceGap() throws Exception {
        CliTest.Run run = CliTest.mis("check", "--format", "json", "--as-of", "2022-06-01", RIVERSIDE);
        JsonNode asOf = new ObjectMapper().readTree(run.out()).path("results").get(0).path("asOf");
        assertThat(asOf.path("date").asText()).isEqualTo("2022-06-01");
        assertThat(asOf.path("deadline").asText()).isEqualTo("2023-02-02T12:00");
        assertThat(asOf.path("daysToDeadline").asInt()).isEqualTo(246);
        JsonNode sa1e = asOf.path("cadenceGaps").get(0);
        assertThat(sa1e.path("standard").asText()).isEqualTo("SA1.e");
        assertThat(sa1e.path("closed").get(0).path("start").asText()).isEqualTo("2021-12-06");
        assertThat(sa1e.path("open")).hasSize(2);
    }

    @Test
    void withoutABoardDateTheReportHasNoAsOf() throws Exception {
        CliTest.Run run = CliTest.mis("check", "--format", "json", RIVERSIDE);
        assertThat(new ObjectMapper().readTree(run.out()).path("results").get(0).has("asOf")).isFalse();
    }

    @Test
    void htmlAndMarkdownShowTheBoardDate() {
        assertThat(CliTest.mis("check", "--format", "html", "--as-of", "2022-06-01", RIVERSIDE).out())
                .contains("As of 1 Jun 2022: 246 days to the declaration deadline").contains("<h2>Cadence on the board date</h2>");
        assertThat(CliTest.mis("check", "--format", "markdown", "--as-of", "2022-06-01", RIVERSIDE).out())
                .contains("**As of 1 Jun 2022: 246 days to the declaration deadline").contains("## Cadence on the board date");
    }

    @Test
    void onTheDeadlineDayNoDaysAreLeft() {
        assertThat(CliTest.mis("check", "--no-colour", "--as-of", "2023-02-02", RIVERSIDE).out())
                .contains("As of 2 Feb 2023: 0 days to the declaration deadline");
    }

    @Test
    void aDateThatIsNotADateIsAUsageError() {
        CliTest.Run run = CliTest.mis("check", "--as-of", "2022-02-30", RIVERSIDE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of").doesNotContain("\tat ");
    }
}
