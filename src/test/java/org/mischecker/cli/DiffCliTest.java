package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mis diff OLD NEW over the examples, as evidence files and as saved JSON results. */
class DiffCliTest {

    private static final String RIVERSIDE = "evidence-examples/riverside-fails-three.yaml";
    private static final String NORTHSHIRE = "evidence-examples/northshire-meets-all-ten.yaml";
    private static final String EASTBRIDGE = "evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml";

    @Test
    void evidenceFilesShowWhatBecameMetAndWhichFiguresMoved() {
        CliTest.Run run = CliTest.mis("diff", RIVERSIDE, NORTHSHIRE);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Note: these are different trusts (RRV, RNS).")
                .contains("Verdict: 7/10 -> 10/10; now met: SA1, SA5, SA8")
                .contains("Became met (4):")
                .contains("SA1.b   PMRT reviews started within 2 months: NOT MET -> MET")
                .contains("Regressed (0):\n  none")
                .contains("SA1.b   review started: 41 of 44 (93.2%) -> 38 of 40 (95.0%)")
                .contains("SA8.b   staff groups (midwives): 201 of 237 (84.8%) -> 222 of 237 (93.7%)")
                .doesNotContain("SA2.b");  // unchanged figures are not listed
    }

    /** The same trust in scheme year 3 and year 4: standards pair by intent across letters, and a figure measured differently is not compared. */
    @Test
    void aTrustsYear3AndYear4ResultsPairStandardsByIntent() {
        CliTest.Run run = CliTest.mis("diff", "evidence-examples/y3-northshire-meets-every-known-standard.yaml", NORTHSHIRE);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Note: these are different scheme years (3 -> 4): standards are paired by what they mean")
                .contains("Verdict: 6/10 -> 10/10; now met: SA2, SA6, SA8, SA9")
                // year 3's SA5.b and SA5.c are year 4's SA5.c and SA5.d, and their figures are compared under the new letters
                .contains("SA5.c   supernumerary: 546 of 546 (100.0%) -> 948 of 948 (100.0%)")
                .contains("SA5.d   one-to-one care: 2841 of 2841 (100.0%) -> 3912 of 3912 (100.0%)")
                // reviews started within 4 months in year 3, 2 in year 4: not the same measure
                .contains("SA1.b   review started: 57 of 60 (95.0%) -> 38 of 40 (95.0%); sa1.reviewStarted.withinMonths 4 months -> 2 months")
                .contains("SA2.b   ethnicity: 361 of 412 (87.6%) -> 412 of 431 (95.6%); sa2.ethnicity.minPct 80% -> 90%")
                // a year-3 standard the pack cannot assess pairs with year 4's by intent
                .contains("SA6.E1  Element 1: reducing smoking in pregnancy: NOT ASSESSED -> MET");
    }

    @Test
    void theOtherWayRoundTheSameStandardsRegress() {
        CliTest.Run run = CliTest.mis("diff", NORTHSHIRE, RIVERSIDE);
        assertThat(run.out()).contains("Verdict: 10/10 -> 7/10; no longer met: SA1, SA5, SA8")
                .contains("Became met (0):")
                .contains("Regressed (4):")
                .contains("SA5.c   Labour ward coordinator supernumerary, with an escalation plan: MET -> NOT MET");
    }

    @Test
    void jsonFormatListsTheSameChanges() throws Exception {
        CliTest.Run run = CliTest.mis("diff", "--format", "json", EASTBRIDGE, NORTHSHIRE);
        assertThat(run.code()).isZero();
        JsonNode d = new ObjectMapper().readTree(run.out());
        assertThat(d.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(d.path("old").path("actionsMet").asInt()).isEqualTo(7);
        assertThat(d.path("new").path("actionsMet").asInt()).isEqualTo(10);
        assertThat(d.path("actionsBecameMet").toString()).isEqualTo("[\"SA2\",\"SA3\",\"SA10\"]");
        assertThat(d.path("becameMet")).extracting(n -> n.path("standard").asText()).contains("SA2.b", "SA3.f", "SA10.a");
        JsonNode ethnicity = d.path("figuresMoved").findParents("standard").stream()
                .filter(n -> n.path("standard").asText().equals("SA2.b")).findFirst().orElseThrow();
        assertThat(ethnicity.path("before").path("percent").asText()).isEqualTo("89.9%");
        assertThat(ethnicity.path("after").path("numerator").asLong()).isEqualTo(412);
    }

    @Test
    void twoSavedJsonResultsOfOneTrustCompare(@TempDir Path dir) throws Exception {
        Path q3 = dir.resolve("q3.json");
        Path q4 = dir.resolve("q4.json");
        // the board in June (a picture on 1 Jun 2022), then the full evidence in December
        assertThat(CliTest.mis("check", "--format", "json", "--as-of", "2022-06-01", "--output", q3.toString(), RIVERSIDE).code()).isEqualTo(1);
        assertThat(CliTest.mis("check", "--format", "json", "--output", q4.toString(), RIVERSIDE).code()).isEqualTo(1);
        CliTest.Run run = CliTest.mis("diff", q3.toString(), q4.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).doesNotContain("different trusts")
                .contains("Verdict: 0/10 -> 7/10")
                .contains("SA2.b   Valid ethnic category for the mother: NO EVIDENCE -> MET")
                .contains("Other changes of outcome").contains("SA1.b   PMRT reviews started within 2 months: NO EVIDENCE -> NOT MET");
        // a saved result against a fresh check of the same evidence: nothing changed
        CliTest.Run same = CliTest.mis("diff", q4.toString(), RIVERSIDE);
        assertThat(same.out()).contains("Verdict: 7/10 -> 7/10").contains("Became met (0)").contains("Figures that moved (0):\n  none");
    }

    @Test
    void aResultsDocumentWithSeveralTrustsIsRefused(@TempDir Path dir) {
        Path both = dir.resolve("both.json");
        CliTest.mis("check", "--format", "json", "--output", both.toString(), RIVERSIDE, NORTHSHIRE);
        CliTest.Run run = CliTest.mis("diff", both.toString(), RIVERSIDE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(both + ": holds 2 results; expected the result of one trust (run 'mis check --format json' on a single file)");
    }

    @Test
    void aHandMadeOrEditedResultIsRefusedRatherThanComparedAsReal(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.json");
        Files.writeString(bare, "{\"formatVersion\":1,\"results\":[{\"file\":\"x\"}]}");
        CliTest.Run run = CliTest.mis("diff", bare.toString(), RIVERSIDE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("bare.json: results[0] is not a complete result (no file or trust name)");
        Path edited = dir.resolve("edited.json");
        CliTest.mis("check", "--format", "json", "--output", edited.toString(), RIVERSIDE);
        Files.writeString(edited, Files.readString(edited).replace("\"actionsMet\":7", "\"actionsMet\":10"));
        assertThat(CliTest.mis("diff", edited.toString(), NORTHSHIRE).err())
                .contains("its verdict says 10/10 but its actions show 7/10");
    }

    @Test
    void diffHelpGivesItsOwnExitCodes() {
        String help = CliTest.mis("diff", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("0 compared, whatever the two results are").doesNotContain("not all ten");
    }

    @Test
    void unreadableInputsAreOneLineErrors(@TempDir Path dir) throws Exception {
        assertThat(CliTest.mis("diff", RIVERSIDE, "evidence-examples").err()).contains("evidence-examples: is a folder; expected an evidence file");
        CliTest.Run missing = CliTest.mis("diff", "no-such.yaml", RIVERSIDE);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such.yaml: file not found").doesNotContain("\tat ");
        Path notJson = dir.resolve("x.json");
        Files.writeString(notJson, "{not json");
        assertThat(CliTest.mis("diff", notJson.toString(), RIVERSIDE).err()).contains("x.json: not valid JSON");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}");
        assertThat(CliTest.mis("diff", other.toString(), RIVERSIDE).err()).contains("other.json: not a results document");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemeYear: 4\ntrust: [not, a, map]\n");
        CliTest.Run badEvidence = CliTest.mis("diff", bad.toString(), RIVERSIDE);
        assertThat(badEvidence.code()).isEqualTo(2);
        assertThat(badEvidence.err()).contains(bad + ":2:8: trust is a list");
        assertThat(CliTest.mis("diff", "--format", "csv", RIVERSIDE, NORTHSHIRE).err()).contains("unknown format 'csv'; expected text or json");
    }

    @Test
    void helpListsDiff() {
        assertThat(CliTest.mis("--help").out()).contains("diff");
    }
}
