package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.report.ActionResult;
import org.mischecker.report.AsOf;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;
import org.mischecker.report.trend.Trend;

/**
 * mis trend on three snapshots made from an example: the year's evidence file itself, and two
 * results saved as the board saw them on earlier dates (--as-of), given out of order.
 */
class TrendCliTest {

    private static final String RIVERSIDE = "evidence-examples/riverside-fails-three.yaml";

    private static Path[] snapshots(Path dir) {
        Path march = dir.resolve("march.json");
        Path august = dir.resolve("august.json");
        assertThat(CliTest.mis("check", "--as-of", "2022-03-01", "-f", "json", "--output", march.toString(), RIVERSIDE).code()).isEqualTo(1);
        assertThat(CliTest.mis("check", "--as-of", "2022-08-01", "-f", "json", "--output", august.toString(), RIVERSIDE).code()).isEqualTo(1);
        return new Path[] {march, august};
    }

    @Test
    void threeSnapshotsInAnyOrderAreShownInDateOrderWithEachStandardFigureAndCadence(@TempDir Path dir) {
        Path[] saved = snapshots(dir);
        CliTest.Run run = CliTest.mis("trend", RIVERSIDE, saved[1].toString(), saved[0].toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        String out = run.out();
        assertThat(out).startsWith("Maternity Incentive Scheme across the year: Riverside University Hospitals NHS Trust (RRV)\n"
                + "Scheme year 4: Maternity Incentive Scheme year 4 (final version, October 2022). 3 snapshots, 1 Mar 2022 to 9 Dec 2022");
        assertThat(out).contains("    1 Mar 2022 | " + saved[0] + " | 0/10 | NOT MET\n    1 Aug 2022 | " + saved[1]
                + " | 0/10 | NOT MET\n    9 Dec 2022 | " + RIVERSIDE + " | 7/10 | NOT MET\n");
        // A standard at each snapshot; a figure over time; a cadence filling up.
        assertThat(out).contains("    SA5.e | Midwifery staffing oversight report to the Board every 6 months | \u2717 | \u2713 | \u2713\n")
                .contains("  SA1.b review started\n    1 Mar 2022: no figure\n    1 Aug 2022: no figure\n"
                        + "    9 Dec 2022: 41 of 44 (93.2%), not met\n")
                .contains("  SA9.c walkabouts, one every 2 months\n    1 Mar 2022: 3 of 8 intervals covered; none dated 9 Feb 2022 to 8 Apr 2022,");
        assertThat(out.lines().filter(l -> l.startsWith("    9 Dec 2022: ") && l.contains("intervals covered")).count())
                .as("every cadence at the last snapshot").isPositive();
    }

    @Test
    void htmlAndMarkdownDrawTheFiguresAndCadences(@TempDir Path dir) throws Exception {
        Path[] saved = snapshots(dir);
        Path html = dir.resolve("trend.html");
        assertThat(CliTest.mis("trend", "-f", "html", "--output", html.toString(), RIVERSIDE, saved[0].toString(), saved[1].toString()).code())
                .isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<figure class=\"picture picture-trend-figure\">", "<figure class=\"picture picture-trend-cadence\">")
                .contains("aria-label=\"SA1.b review started over the year, against 95% needed: 1 Mar 2022: no figure; 1 Aug 2022: no figure;"
                        + " 9 Dec 2022: 41 of 44 (93.2%), not met.\"")
                .doesNotContain("<script", "http://", "https://");
        CliTest.Run md = CliTest.mis("trend", "-f", "markdown", RIVERSIDE, saved[0].toString());
        assertThat(md.out()).startsWith("# Maternity Incentive Scheme across the year: Riverside University Hospitals NHS Trust (RRV)")
                .contains("](data:image/svg+xml;base64,");
    }

    @Test
    void snapshotsOfDifferentTrustsAreRefused() {
        CliTest.Run run = CliTest.mis("trend", RIVERSIDE, "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("mis trend: evidence-examples/northshire-meets-all-ten.yaml is Northshire Hospitals NHS Foundation"
                + " Trust (ODS RNS) but " + RIVERSIDE + " is Riverside University Hospitals NHS Trust (ODS RRV); a trend follows one trust:"
                + " give snapshots of one trust\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void snapshotsOfDifferentSchemeYearsOrWithoutADateAreRefused() {
        AsOf march = new AsOf(java.time.LocalDate.of(2022, 3, 1), java.time.LocalDateTime.of(2023, 2, 2, 12, 0));
        List<ActionResult> actions = List.of(new ActionResult("SA1", "t", Outcome.MET, null, List.of()));
        Map<String, TrustReport> years = new LinkedHashMap<>();
        years.put("y4.json", new TrustReport("a", "A Trust", "RAA", 4, "year 4", actions).withAsOf(march));
        years.put("y5.json", new TrustReport("b", "A Trust", "RAA", 5, "year 5", actions).withAsOf(march));
        assertThatThrownBy(() -> Trend.of(years)).hasMessage("y5.json is scheme year 5 but y4.json is scheme year 4; a trend follows one"
                + " scheme year, whose standards and thresholds are its own: give snapshots of one year");
        Map<String, TrustReport> undated = new LinkedHashMap<>();
        undated.put("a.json", new TrustReport("a", "A Trust", "RAA", 4, "year 4", actions));
        assertThatThrownBy(() -> Trend.of(undated)).hasMessageStartingWith("a.json: cannot be dated");
    }

    @Test
    void oneSnapshotIsAUsageError() {
        assertThat(CliTest.mis("trend", RIVERSIDE).code()).isEqualTo(2);
    }
}
