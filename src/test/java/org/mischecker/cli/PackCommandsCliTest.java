package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mischecker.cli.CliTest.mis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.TestPacks;

/** Writing and checking a pack, end to end: mis pack check, new and diff. */
class PackCommandsCliTest {

    @Test
    void theShippedYear4PackPassesItsOwnCheck() {
        CliTest.Run run = mis("pack", "check", "rules/y4");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).startsWith("rules/y4: Provisional rule pack (scheme year 4, guidance 2022-10)")
                .containsPattern("50 standards; \\d{3} cases: \\d{3} passed, 0 failed").contains("no problems found in the pack");
    }

    @Test
    void aNewPackCopiedFromYear4JudgesNothingUntilFilledIn(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        CliTest.Run made = mis("pack", "new", "--year", "7", "--from", "4", "--rules", rules.toString());
        assertThat(made.code()).as(made.err()).isZero();
        int values = org.mischecker.scheme.SchemePacks.fromDirectory(rules).year(4).parameters().size();
        assertThat(made.out()).contains(values + " values and 50 standards set to GAP (unknown), so it judges nothing until they are filled in."
                + " Status: draft.");
        String thresholds = Files.readString(rules.resolve("y7/thresholds.yaml"));
        assertThat(thresholds).contains("schemeYear: 7").doesNotContain("    value:").doesNotContain("guidanceVersion")
                .contains("source: \"was 95 [R-M] in year 4 (mis-spec.md s3 SA1 Y4.SA1.b");
        assertThat(Files.readString(rules.resolve("y7/sa01-perinatal-mortality-reviews.drl"))).contains("package mis.y7;")
                .contains("@confidence(\"GAP\")").doesNotContain("@confidence(\"R-M\")");
        assertThat(rules.resolve("y7/cases")).doesNotExist();

        assertThat(mis("pack", "new", "--year", "7", "--from", "4", "--rules", rules.toString()).err())
                .contains("y7 already exists; mis pack new never writes over a pack");

        Path file = tmp.resolve("trust-y7.yaml");
        Files.writeString(file, Files.readString(Path.of("evidence-examples/northshire-meets-all-ten.yaml"))
                .replace("schemeYear: 4", "schemeYear: 7"));
        CliTest.Run refused = mis("check", "--rules", rules.toString(), file.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("scheme year 7's rule pack is a draft (" + values + " values not known").contains("--allow-draft");
        CliTest.Run draft = mis("check", "--no-colour", "--allow-draft", "--rules", rules.toString(), file.toString());
        assertThat(draft.code()).isEqualTo(4);
        assertThat(draft.out()).contains("Draft rule pack (scheme year 7): 50 standards are not known for this year")
                .contains("Verdict: 0/10: cannot be determined (SA1, SA2, SA3, SA4, SA5, SA6, SA7, SA8, SA9, SA10 could not be assessed");

        CliTest.Run checked = mis("pack", "check", rules.resolve("y7").toString());
        assertThat(checked.code()).isEqualTo(1);
        assertThat(checked.out()).contains("the pack has no cases");

        CliTest.Run diff = mis("pack", "diff", "4", "7", "--rules", rules.toString());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).containsPattern("same +pmrt\\.reviewStarted +SA1\\.b +-> SA1\\.b")
                .contains("sa1.reviewStarted.minPct: 95% [R-M] -> not known (GAP) [GAP]");
    }

    @Test
    void aStandardThatChangedItsLetterIsRelettered(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        assertThat(mis("pack", "new", "--year", "6", "--from", "4", "--rules", rules.toString()).code()).isZero();
        Path drl = rules.resolve("y6/sa01-perinatal-mortality-reviews.drl");
        // In year 6 the review-started standard is lettered c) (years.md U-PMRT); swap b and c.
        Files.writeString(drl, Files.readString(drl).replace("SA1.b", "SA1.x").replace("SA1.c", "SA1.b").replace("SA1.x", "SA1.c"));
        CliTest.Run diff = mis("pack", "diff", "y4", "y6", "--rules", rules.toString());
        assertThat(diff.out()).containsPattern("relettered +pmrt\\.reviewStarted +SA1\\.b +-> SA1\\.c")
                .containsPattern("relettered +pmrt\\.reportCompleted +SA1\\.c +-> SA1\\.b");
    }

    @Test
    void theSchemesNameComesFromThePackAndAPackWithoutOneIsRefused(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        Path thresholds = rules.resolve("y4/thresholds.yaml");
        String shipped = Files.readString(thresholds);
        Files.writeString(thresholds, shipped.replace("scheme: Maternity Incentive Scheme", "scheme: Maternity (and Perinatal) Incentive Scheme"));
        CliTest.Run renamed = mis("check", "--rules", rules.toString(), "--format", "markdown", "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(renamed.out()).startsWith("# Maternity (and Perinatal) Incentive Scheme board report: Northshire Hospitals NHS Foundation Trust");
        assertThat(mis("pack", "new", "--year", "6", "--from", "4", "--rules", rules.toString()).code()).isZero();
        assertThat(Files.readString(rules.resolve("y6/thresholds.yaml")))
                .contains("title: Maternity (and Perinatal) Incentive Scheme year 6 (draft copied from year 4");

        Files.writeString(thresholds, shipped.replace("scheme: Maternity Incentive Scheme\n", ""));
        CliTest.Run refused = mis("check", "--rules", rules.toString(), "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("thresholds.yaml: no scheme name; expected 'scheme: NAME'");
    }
}
