package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mischecker.Golden;

/** End to end through the CLI over evidence-examples/: verdicts, exit codes, golden reports. */
class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run mis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0} -> exit {1}, {2}")
    @CsvSource({
            "northshire-meets-all-ten, 0, '10/10: meets the scheme and the declaration''s conditions; eligible to recover the incentive-fund contribution of £245,000 (10% of the £2,450,000 maternity contribution); subject to NHS Resolution''s check of the trust''s figures against external data, not made here (no external data was given: mis check --external)'",
            "riverside-fails-three, 1, '7/10: does not meet the scheme (SA1, SA5, SA8 not met); an action plan is needed for any discretionary payment'",
            "eastbridge-declared-ten-evidence-shows-seven, 1, '7/10: does not meet the scheme (SA2, SA3, SA10 not met); an action plan is needed for any discretionary payment'",
            "y3-northshire-meets-every-known-standard, 4, '6/10: cannot be determined (SA2, SA6, SA8, SA9 could not be assessed: the rule pack does not know a threshold or standard for this scheme year); no action is shown not met'",
            "y3-riverside-fails-two, 1, '4/10: does not meet the scheme (SA1, SA5 not met; SA2, SA6, SA8, SA9 could not be assessed); an action plan is needed for any discretionary payment'"})
    void examplesGiveTheVerdictsTheirCommentsDescribe(String example, int exitCode, String verdict) throws Exception {
        String file = "evidence-examples/" + example + ".yaml";
        Run text = mis("check", "--no-colour", file);
        assertThat(text.err()).isEmpty();
        assertThat(text.code()).isEqualTo(exitCode);
        assertThat(text.out()).contains("Verdict: " + verdict);
        Golden.assertMatches(example + ".txt", text.out());

        Run json = mis("check", "--format", "json", file);
        assertThat(json.code()).isEqualTo(exitCode);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.path("results").get(0).path("verdict").path("summary").asText()).isEqualTo(verdict);
    }

    @Test
    void aBoardThatDeclaresMoreThanTheEvidenceShowsIsReported() {
        Run run = mis("check", "--no-colour", "evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml");
        assertThat(run.out()).contains("The board's declaration disagrees with the evidence:")
                .contains("SA2: declared met, the evidence shows NOT MET")
                .contains("SA3: declared met, the evidence shows NOT MET")
                .contains("SA10: declared met, the evidence shows NOT MET");
    }

    @Test
    void outputIsDeterministic() {
        String file = "evidence-examples/riverside-fails-three.yaml";
        assertThat(mis("check", "--format", "json", file).out()).isEqualTo(mis("check", "--format", "json", file).out());
    }

    @Test
    void severalFilesAreReportedInPathOrderAndTheWorstExitCodeWins(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, "schemeYear: 4\ntrust: [not, a, map]\n");
        Run run = mis("check", "--no-colour", "evidence-examples/riverside-fails-three.yaml",
                "evidence-examples/northshire-meets-all-ten.yaml", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out().indexOf("Northshire")).isLessThan(run.out().indexOf("Riverside"));
        assertThat(run.err()).contains(bad + ":2:8: trust is a list; expected a map with name and odsCode");
    }

    @Test
    void badEvidenceGivesFileLineAndExitTwoWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("typo.yaml");
        Files.writeString(bad, "schemeYear: 4\ntrust: {name: X Trust, odsCode: RXX}\nSA1:\n  reviewStartedInTme: {numerator: 1, denominator: 2}\n");
        Run run = mis("check", bad.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":4:3: unknown key 'reviewStartedInTme' in SA1 (did you mean 'reviewStartedInTime'?)")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsAnInputError() {
        Run run = mis("check", "no-such-file.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no-such-file.yaml: file not found");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run run = mis("check", "--format", "pdf", "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'pdf'");
    }

    @Test
    void outputFileIsWrittenWholeAndNothingElseIsLeftBehind(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.json");
        Run run = mis("check", "--format", "json", "--output", report.toString(), "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).path("formatVersion").asInt()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = mis();
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("a command is needed").contains("Usage: mis");
    }

    @Test
    void helpListsExitCodesAndFormatsFromTheCode() {
        Run run = mis("check", "--help");
        assertThat(run.code()).isZero();
        String flowed = run.out().replaceAll("\\s+", " ");
        ExitCodes.CHECK.forEach((code, meaning) -> assertThat(flowed).contains(code + " " + meaning));
        assertThat(run.out()).contains("text, json");
    }

    @Test
    void eachCommandListsItsOwnExitCodes() {
        String explain = mis("explain", "--help").out().replaceAll("\\s+", " ");
        assertThat(explain).contains("0 done").doesNotContain("all ten safety actions met");
        String schema = mis("schema", "--help").out().replaceAll("\\s+", " ");
        assertThat(schema).contains("0 done").doesNotContain("all ten safety actions met");
        assertThat(ExitCodes.CHECK.keySet()).containsExactly("0", "1", "2", "3", "4");
        assertThat(ExitCode.values()).extracting(ExitCode::code).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void explainAStandardQuotesWordingThresholdPeriodEvidenceSourceAndConfidence() {
        Run run = mis("explain", "--scheme-year", "4", "SA1.b");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("SA1.b  PMRT reviews started within 2 months")
                .contains("What it asks:")
                .contains("sa1.reviewStarted.minPct = 95%  [R-M, unverified]")
                .contains("sa1.period.start = 6 Sep 2021")
                .contains("Evidence: SA1.reviewStartedInTime (figure)")
                .contains("source: mis-spec.md");
    }

    @Test
    void explainAnActionListsItsStandards() {
        Run run = mis("explain", "--scheme-year", "4", "SA6");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("SA6.E1").contains("SA6.E5").contains("Met only if every one of its 7 standards is met");
    }

    @Test
    void explainAnUnknownIdIsAUsageError() {
        Run run = mis("explain", "SA11.z");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no standard or action 'SA11.z'");
    }
}
