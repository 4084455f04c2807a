package org.mischecker.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.mischecker.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.check.Checker;
import org.mischecker.check.ExitCode;
import org.mischecker.check.FileResult;
import org.mischecker.check.RuleBooks;
import org.mischecker.check.RunSummary;
import org.mischecker.report.Finding;
import org.mischecker.report.Outcome;
import org.mischecker.report.PackInfo;
import org.mischecker.report.TrustReport;

/**
 * Unknown is data: a pack can say a value (GAP parameter) or a whole standard (unknownStandards) is
 * not known for its year; what rests on it is NOT ASSESSED, the verdict cannot be determined, and
 * the pack's status says so. Built on a copy of the shipped year-4 pack with one value and one
 * standard made unknown.
 */
class PackMachineryTest {

    private static final Path NORTHSHIRE = Path.of("evidence-examples/northshire-meets-all-ten.yaml");

    @TempDir
    static Path tmp;

    private static RuleBooks gapPack;

    @BeforeAll
    static void buildAPackWithAnUnknownValueAndAnUnknownStandard() throws IOException {
        Path rules = TestPacks.copyOfRules(tmp.resolve("gap"));
        TestPacks.edit(rules.resolve("y4/thresholds.yaml"), "  sa2.cqims.minPassed:\n    value: 10\n    type: count\n    confidence: R-M",
                "  sa2.cqims.minPassed:\n    type: count\n    confidence: GAP");
        TestPacks.edit(rules.resolve("y4/evidence.yaml"), "  SA9:\n    title: Board assurance and safety champions\n",
                "  SA9:\n    title: Board assurance and safety champions\n    unknownStandards:\n      - id: SA9.f\n"
                        + "        title: Perinatal culture and leadership programme\n        intent: champions.culture\n"
                        + "        source: an invented test standard whose content is not known (GAP)\n");
        gapPack = RuleBooks.fromDirectory(rules);
    }

    @Test
    void aPackWithAnUnknownValueIsADraftAndSaysSo() {
        org.mischecker.rules.PackStatus status = gapPack.ruleBook(4).status();
        assertThat(status.status()).isEqualTo(PackInfo.Status.DRAFT);
        assertThat(status.unknownValues()).containsExactly("sa2.cqims.minPassed");
        assertThat(status.unknownStandards()).isEqualTo(1);
        assertThat(status.info().banner()).startsWith("Draft rule pack (scheme year 4, guidance 2022-10):")
                .contains("1 standard is not known for this year").contains("1 value is not known (GAP)");
    }

    @Test
    void theShippedYear4PackIsProvisional() {
        org.mischecker.rules.PackStatus status = RuleBooks.fromDirectory(Path.of("rules")).ruleBook(4).status();
        assertThat(status.status()).isEqualTo(PackInfo.Status.PROVISIONAL);
        assertThat(status.recalled()).isEqualTo(status.standards() - 1);
        assertThat(status.unknownValues()).isEmpty();
    }

    @Test
    void aDraftPackChecksOnlyWhenAskedAndThenNothingRestsOnAGuess() throws Exception {
        FileResult refused = Checker.of(gapPack).checkFile(NORTHSHIRE);
        assertThat(refused.evaluated()).isFalse();
        assertThat(refused.error().problems().get(0)).contains("scheme year 4's rule pack is a draft (1 values not known, for example"
                + " sa2.cqims.minPassed)").contains("--allow-draft");

        TrustReport report = Checker.of(gapPack).allowingDraftPacks().check(NORTHSHIRE);
        Finding cqims = report.actions().get(1).standards().get(0).findings().stream().filter(f -> f.check().equals("CQIMs"))
                .findFirst().orElseThrow();
        assertThat(cqims.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(cqims.rationale()).isEqualTo("SA2.a CQIMs NOT ASSESSED: sa2.cqims.minPassed is not known for this scheme year (GAP),"
                + " so the check cannot be judged");
        assertThat(cqims.thresholds()).extracting(t -> t.key() + "=" + t.value() + " " + t.confidence())
                .containsExactly("sa2.cqims.minPassed=not known (GAP) GAP");
        assertThat(report.actions().get(1).outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(report.actions().get(8).outcome()).as("SA9 holds an unknown standard").isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(report.actions().get(8).standards()).extracting(s -> s.id() + " " + s.outcome())
                .contains("SA9.f NOT_ASSESSED");
        assertThat(report.verdict()).startsWith("8/10: cannot be determined (SA2, SA9 could not be assessed");
        assertThat(report.pack().status()).isEqualTo(PackInfo.Status.DRAFT);
        RunSummary run = new RunSummary();
        run.add(FileResult.of(report));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_DETERMINE);
    }

    @Test
    void missingEvidenceUnderAnUnknownThresholdIsStillNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("no-cqims.yaml");
        String text = Files.readString(NORTHSHIRE);
        Files.writeString(file, text.replaceAll("(?m)^  cqimsPassed:.*\\n", ""));
        TrustReport report = Checker.of(gapPack).allowingDraftPacks().check(file);
        Finding cqims = report.actions().get(1).standards().get(0).findings().stream().filter(f -> f.check().equals("CQIMs"))
                .findFirst().orElseThrow();
        assertThat(cqims.outcome()).isEqualTo(Outcome.NOT_ASSESSED);
        assertThat(cqims.rationale()).endsWith("; the evidence also lacks SA2.cqimsPassed");
    }

    @Test
    void aPackIsRefusedWhereItContradictsItselfOrLacksWhatTheCheckerNeeds(@TempDir Path dir) throws IOException {
        Path withValue = TestPacks.copyOfRules(dir.resolve("a"));
        TestPacks.edit(withValue.resolve("y4/thresholds.yaml"), "    value: 10\n    type: count\n    confidence: R-M", "    value: 10\n    type: count\n    confidence: GAP");
        assertThatThrownBy(() -> SchemePacks.fromDirectory(withValue)).isInstanceOf(SchemeException.class)
                .hasMessageContaining("thresholds.yaml: parameter sa2.cqims.minPassed is GAP but has the value '10'");

        Path noValue = TestPacks.copyOfRules(dir.resolve("b"));
        TestPacks.edit(noValue.resolve("y4/thresholds.yaml"), "    value: 10\n    type: count\n    confidence: R-M", "    type: count\n    confidence: R-M");
        assertThatThrownBy(() -> SchemePacks.fromDirectory(noValue)).hasMessageContaining(
                "parameter sa2.cqims.minPassed has no value; expected a value, or confidence GAP when the guidance does not give it");

        Path noDeadline = TestPacks.copyOfRules(dir.resolve("c"));
        TestPacks.edit(noDeadline.resolve("y4/thresholds.yaml"), "  declaration.deadline:", "  declaration.deadlinex:");
        assertThatThrownBy(() -> SchemePacks.fromDirectory(noDeadline)).hasMessageContaining(
                "y4/thresholds.yaml: declaration.deadline is missing; every pack needs it");

        Path wrongType = TestPacks.copyOfRules(dir.resolve("d"));
        TestPacks.edit(wrongType.resolve("y4/thresholds.yaml"), "    value: 2021-08-09\n    type: date", "    value: 2021-08\n    type: month");
        assertThatThrownBy(() -> SchemePacks.fromDirectory(wrongType)).hasMessageContaining("period.start is a month; expected a date");
    }

    /**
     * Year 5's labour ward coordinator short of 100% with an action plan is left unsettled (GAP) by a
     * rule named "... not assessed": the pack must then hold a case expecting it NOT_ASSESSED.
     */
    @Test
    void aRuleThatLeavesACaseUnsettledMustHaveACaseExpectingNotAssessed() throws IOException {
        org.mischecker.rules.RuleBook y5 = org.mischecker.rules.CaseRunner.ruleBooks().ruleBook(5);
        com.fasterxml.jackson.databind.ObjectMapper yaml =
                new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        java.util.List<com.fasterxml.jackson.databind.JsonNode> shipped = new java.util.ArrayList<>();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> withoutIt = new java.util.ArrayList<>();
        for (Path f : org.mischecker.check.PackCases.files(Path.of("rules/y5"))) {
            String text = Files.readString(f);
            shipped.add(yaml.readTree(text));
            withoutIt.add(yaml.readTree(text.replace("SA5.c: NOT_ASSESSED", "SA5.c: NOT_MET")));
        }
        assertThat(org.mischecker.rules.PackLint.caseCoverage(y5, shipped)).isEmpty();
        assertThat(org.mischecker.rules.PackLint.caseCoverage(y5, withoutIt)).containsExactly("rules/y5/cases: no case expects SA5.c: NOT_ASSESSED");
    }
}
