package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mischecker.cli.BatchCliTest.mis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.check.Checker;
import org.mischecker.evidence.ExternalData;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.JsonResults;
import org.mischecker.rules.CaseRunner;

/**
 * The auditor's cross-check (mis check --external): the trusts' own figures held against the data NHS
 * Resolution verifies them with, every disagreement in every output, a malformed extract refused.
 */
class ExternalCliTest {

    private static final String MBRRACE = """
            # source: mbrrace
            # schemeYear: 4
            # extracted: 2023-01-10
            odsCode,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator
            RNS,37,40
            RRV,41,44
            RZZ,10,10
            """;

    private static Path submissions(Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Files.copy(Path.of("evidence-examples/northshire-meets-all-ten.yaml"), dir.resolve("northshire.yaml"));
        Files.copy(Path.of("evidence-examples/riverside-fails-three.yaml"), dir.resolve("riverside.yaml"));
        Files.copy(Path.of("evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml"), dir.resolve("eastbridge.yaml"));
        return dir;
    }

    @Test
    void everyOutputListsEachDisagreementAndTheExternalFigureDecides(@TempDir Path tmp) throws Exception {
        Path dir = submissions(tmp);
        Path ext = Files.createDirectories(tmp.resolve("external"));
        Files.writeString(ext.resolve("mbrrace.csv"), MBRRACE);
        Path out = Files.createDirectories(tmp.resolve("out"));
        CliTest.Run run = mis("check", dir.toString(), "--external", ext.toString(), "--no-colour",
                "-o", "text", "-o", "csv=" + out.resolve("matrix.csv"), "-o", "csv-long=" + out.resolve("long.csv"),
                "-o", "junit=" + out.resolve("results.xml"), "-o", "json=" + out.resolve("results.json"),
                "-o", "html=" + out.resolve("board.html"), "-o", "markdown=" + out.resolve("board.md"));
        assertThat(run.code()).as("Northshire no longer meets SA1 on the MBRRACE-UK figure").isEqualTo(1);
        assertThat(run.out()).contains("0 of 3 trusts meet all ten safety actions")
                .contains("Trusts whose figures disagree with external data:\n  Northshire Hospitals NHS Foundation Trust (RNS):"
                        + " SA1.reviewStartedInTime (PMRT review started within 2 months of the death): the trust reports 38 of 40;"
                        + " MBRRACE-UK PMRT data (extracted 10 Jan 2023) shows 37 of 40")
                .contains("Not externally verified (no extract has a row for the trust):\n  Eastbridge");
        assertThat(run.err()).contains("the external data has rows for 1 trust that no evidence file of this run is for")
                .contains("RZZ (scheme year 4) at " + ext.resolve("mbrrace.csv") + ":7:1");

        assertThat(Files.readString(out.resolve("matrix.csv"))).contains("northshire.yaml").contains(
                ",\"SA1.reviewStartedInTime reported 38/40, MBRRACE-UK PMRT data 37/40\",").contains(",not verified,");
        assertThat(Files.readString(out.resolve("long.csv"))).contains(
                "RNS,SA1,NOT_MET,,,external-verification,SA1.reviewStartedInTime,DISAGREES,37,40,,,external.decides,");
        assertThat(Files.readString(out.resolve("results.xml"))).contains("<property name=\"externalDisagreement\" value=\""
                + "SA1.reviewStartedInTime (PMRT review started within 2 months of the death): the trust reports 38 of 40;")
                .contains("<property name=\"externallyVerified\" value=\"no\"/>");
        assertThat(Files.readString(out.resolve("board.md"))).contains("Trusts whose figures disagree with external data")
                .contains("Figures held against external data");
        assertThat(Files.readString(out.resolve("board.html"))).contains("id=\"overview-auditor-external\"")
                .contains("the trust reports 38 of 40; MBRRACE-UK PMRT data (extracted 10 Jan 2023) shows 37 of 40");

        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        JsonNode northshire = json.path("results").findParents("external").stream()
                .filter(r -> r.path("trust").path("odsCode").asText().equals("RNS")).findFirst().orElseThrow();
        JsonNode figure = northshire.path("external").path("figures").get(0);
        assertThat(figure.path("key").asText()).isEqualTo("SA1.reviewStartedInTime");
        assertThat(figure.path("reported").path("numerator").asLong()).isEqualTo(38);
        assertThat(figure.path("externalFigure").path("numerator").asLong()).isEqualTo(37);
        assertThat(figure.path("disagrees").asBoolean()).isTrue();
        assertThat(figure.path("decided").asBoolean()).isTrue();
        assertThat(json.path("thresholds").path("4").path("external.decides").path("confidence").asText()).isEqualTo("I");
        assertThat(northshire.path("verdict").path("externalData").asText()).as("only the MBRRACE-UK extract was given").isEqualTo("PARTIAL");
    }

    @Test
    void aSavedJsonResultReadsBackTheSameVerification(@TempDir Path tmp) throws Exception {
        Path ext = tmp.resolve("mbrrace.csv");
        Files.writeString(ext, MBRRACE);
        Checker checker = CaseRunner.checker().withExternal(ExternalData.load(List.of(ext), CaseRunner.checker().packs()));
        TrustReport fresh = checker.check(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));
        Path json = tmp.resolve("r.json");
        CliTest.Run run = mis("check", "evidence-examples/northshire-meets-all-ten.yaml", "--external", ext.toString(), "-o", "json=" + json);
        assertThat(run.code()).isEqualTo(1);
        TrustReport read = JsonResults.readOne(json);
        assertThat(read.external()).isEqualTo(fresh.external());
        assertThat(read.externalDisagreements()).hasSize(1);
    }

    @Test
    void aMalformedExtractIsRefusedWithEveryProblemAndNoReport(@TempDir Path tmp) throws Exception {
        Path ext = tmp.resolve("bad.csv");
        Files.writeString(ext, MBRRACE.replace("RRV,41,44", "RRV,45,44").replace("# extracted: 2023-01-10", "# extracted: 10 Jan"));
        CliTest.Run run = mis("check", "evidence-examples/northshire-meets-all-ten.yaml", "--external", ext.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(ext + ":3:1: # extracted is '10 Jan'; expected the day the extract was taken, YYYY-MM-DD")
                .contains(ext + ":6:5: RRV's SA1.reviewStartedInTime numerator 45 is above its denominator 44");
        assertThat(mis("check", "evidence-examples/northshire-meets-all-ten.yaml", "--external", tmp.resolve("none").toString()).err())
                .contains("no such file or folder");
    }

    @Test
    void generatedEvidenceComesWithExtractsThatAgreeDisagreeAndLeaveTrustsOut(@TempDir Path tmp) throws Exception {
        Path trusts = tmp.resolve("trusts");
        Path ext = tmp.resolve("ext");
        assertThat(mis("generate", "--scheme-year", "4", "--trusts", "120", "--seed", "5", trusts.toString(), "--external", ext.toString())
                .code()).isZero();
        try (var files = Files.list(ext)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("mbrrace.csv", "msds.csv", "nnrd.csv");
        }
        CliTest.Run run = mis("check", trusts.toString(), "--external", ext.toString(), "--no-colour");
        assertThat(run.code()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("no evidence file of this run is for");
        assertThat(run.out()).contains("Trusts whose figures disagree with external data:");
        CliTest.Run again = mis("generate", "--scheme-year", "4", "--trusts", "120", "--seed", "5", tmp.resolve("t2").toString(),
                "--external", tmp.resolve("e2").toString());
        assertThat(again.code()).isZero();
        assertThat(Files.readString(tmp.resolve("e2/msds.csv"))).as("the same seed gives the same extracts")
                .isEqualTo(Files.readString(ext.resolve("msds.csv")));
    }

    @Test
    void eligibleIsClaimedWithoutACaveatOnlyWhenEverySourceHadTheTrust(@TempDir Path tmp) throws Exception {
        Path northshire = Path.of("evidence-examples/northshire-meets-all-ten.yaml");
        String eligible = "10/10: meets the scheme and the declaration's conditions; eligible to recover the incentive-fund contribution"
                + " of \u00a3245,000 (10% of the \u00a32,450,000 maternity contribution)";
        assertThat(CaseRunner.checker().check(northshire).verdict())
                .isEqualTo(eligible + "; subject to NHS Resolution's check of the trust's figures against external data, not made here"
                        + " (no external data was given: mis check --external)");
        Path all = Files.createDirectories(tmp.resolve("all"));

        Files.writeString(all.resolve("mbrrace.csv"), "# source: mbrrace\n# schemeYear: 4\n# extracted: 2023-01-10\n"
                + "odsCode,SA1.reviewStartedInTime.numerator,SA1.reviewStartedInTime.denominator\nRNS,38,40\n");
        Files.writeString(all.resolve("msds.csv"), "# source: msds\n# schemeYear: 4\n# extracted: 2022-11-01\n"
                + "odsCode,SA2.cqimsPassed.numerator,SA2.cqimsPassed.denominator\nRNS,11,11\n");
        Files.writeString(all.resolve("nnrd.csv"), "# source: nnrd\n# schemeYear: 4\n# extracted: 2023-01-10\n"
                + "odsCode,SA10.reportedToHsib.numerator,SA10.reportedToHsib.denominator\nRNS,6,6\n");
        assertThat(CaseRunner.checker().withExternal(ExternalData.load(List.of(all), CaseRunner.checker().packs())).check(northshire).verdict())
                .as("every source has the trust and agrees").isEqualTo(eligible);

        Path mbrraceOnly = Files.createDirectories(tmp.resolve("one"));
        Files.copy(all.resolve("mbrrace.csv"), mbrraceOnly.resolve("mbrrace.csv"));
        assertThat(CaseRunner.checker().withExternal(ExternalData.load(List.of(mbrraceOnly), CaseRunner.checker().packs())).check(northshire)
                .verdict()).as("the MSDS and NNRD checks were not made").isEqualTo(eligible
                        + "; subject to NHS Resolution's check of the figures the external data given here does not cover");

        Files.delete(all.resolve("nnrd.csv"));
        Files.writeString(all.resolve("nnrd.csv"), "# source: nnrd\n# schemeYear: 4\n# extracted: 2023-01-10\n"
                + "odsCode,SA10.reportedToHsib.numerator,SA10.reportedToHsib.denominator\nRXX,6,6\n");
        assertThat(CaseRunner.checker().withExternal(ExternalData.load(List.of(all), CaseRunner.checker().packs())).check(northshire).verdict())
                .isEqualTo(eligible + "; subject to NHS Resolution's check of the figures the external data given here does not cover");
    }
}
