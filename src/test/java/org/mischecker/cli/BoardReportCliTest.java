package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The board-report formats end to end: a real example through the CLI, rules and renderer. */
class BoardReportCliTest {

    private static final String EASTBRIDGE = "evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml";

    private static String[] check(String format, String... files) {
        String[] args = new String[3 + files.length];
        args[0] = "check";
        args[1] = "--format";
        args[2] = format;
        System.arraycopy(files, 0, args, 3, files.length);
        return args;
    }

    @Test
    void htmlReportForARealExample() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(check("html", EASTBRIDGE), new PrintWriter(out), new PrintWriter(err));

        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(ExitCode.NOT_ALL_MET.code());
        String html = out.toString();
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<h1>Eastbridge and District Hospitals NHS Foundation Trust</h1>")
                .contains("Seven out of ten safety actions met")
                .contains("Verdict: 7/10: does not meet the scheme (SA2, SA3, SA10 not met)")
                .contains("Warning: the board&#39;s declaration disagrees with the evidence")
                .contains("To comply: 1 more of the 435 women booked in the month needed to reach 90%")
                .contains("\u26a0 UNVERIFIED");
        for (int action = 1; action <= 10; action++) {
            assertThat(html).contains("<section class=\"action\" id=\"t1-SA" + action + "\">");
        }
        for (String outside : new String[] {"http://", "https://", "<script", "src=", "@import", "url("}) {
            assertThat(html.toLowerCase()).doesNotContain(outside);
        }
    }

    @Test
    void markdownReportForSeveralExamples() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(check("markdown", "evidence-examples/northshire-meets-all-ten.yaml", EASTBRIDGE),
                new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isEqualTo(ExitCode.NOT_ALL_MET.code());
        assertThat(out.toString())
                .contains("# Maternity Incentive Scheme board report: Northshire Hospitals NHS Foundation Trust (RNS)")
                .contains("## Verdict: \u2713 Ten out of ten safety actions met")
                .contains("# Maternity Incentive Scheme board report: Eastbridge and District Hospitals NHS Foundation Trust (REB)")
                .contains("| SA10 | Reporting qualifying cases to HSIB and NHS Resolution's Early Notification scheme | \u2717 NOT MET | MET \u26a0 **disagrees with the evidence** |");
    }

    @Test
    void aBoardReportNamesTheEvidenceVersionAndTheDaySoTwoPrintedCopiesCanBeToldApart() throws Exception {
        StringWriter out = new StringWriter();
        Main.run(check("markdown", EASTBRIDGE), new PrintWriter(out), new PrintWriter(new StringWriter()));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(EASTBRIDGE))));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assertThat(out.toString()).contains("Evidence file: " + EASTBRIDGE + ", version sha256 " + sha256.substring(0, 12)
                + "; report made " + today.getDayOfMonth() + " ");
        assertThat(out.toString()).as("internal references stay in the appendix, not in the board's text")
                .doesNotContain("(narrow-margin)").doesNotContain("Thresholds used")
                .contains("## Appendix for the governance team: values not verified against the official guidance");

        StringWriter text = new StringWriter();
        Main.run(new String[] {"check", EASTBRIDGE}, new PrintWriter(text), new PrintWriter(new StringWriter()));
        assertThat(text.toString()).as("the text report stays byte-identical from day to day").doesNotContain("report made");
    }
}
