package org.mischecker.report.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.TestPacks;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;
import org.mischecker.report.Outcome;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.DiffRenderer;

/**
 * A board puts its year-4 and year-5 results side by side: standards pair by intent whatever their
 * letter, and a figure measured against a changed threshold is not compared as if it were the same.
 * The first test's year 5 is a copy of year 4 (in place of the shipped one) in which the review-started
 * and report standards swapped letters and the published-report threshold rose from 50% to 60%, so
 * relettering is exercised; the second compares the shipped packs' example trust across the two years.
 */
class CrossYearDiffTest {

    @Test
    void aTrustsYear4AndYear5ResultsPairByIntent(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        Path y5 = rules.resolve("y5");
        try (Stream<Path> shipped = Files.walk(y5)) {
            for (Path p : shipped.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (Stream<Path> files = Files.walk(rules.resolve("y4"))) {
            for (Path p : files.toList()) {
                String relative = rules.resolve("y4").relativize(p).toString();
                if (relative.startsWith("cases")) {
                    continue;
                }
                Path target = y5.resolve(relative);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(p).replace("package mis.y4", "package mis.y5"));
                }
            }
        }
        TestPacks.edit(y5.resolve("thresholds.yaml"), "schemeYear: 4", "schemeYear: 5");
        TestPacks.edit(y5.resolve("thresholds.yaml"), "  sa1.published.minPct:\n    value: 50", "  sa1.published.minPct:\n    value: 60");
        Path drl = y5.resolve("sa01-perinatal-mortality-reviews.drl");
        Files.writeString(drl, Files.readString(drl).replace("SA1.b", "SA1.x").replace("SA1.c", "SA1.b").replace("SA1.x", "SA1.c"));

        Checker checker = Checker.of(RuleBooks.fromDirectory(rules));
        Path y4File = Path.of("evidence-examples/riverside-fails-three.yaml");
        Path y5File = tmp.resolve("riverside-y5.yaml");
        Files.writeString(y5File, Files.readString(Path.of("evidence-examples/northshire-meets-all-ten.yaml"))
                .replace("schemeYear: 4", "schemeYear: 5").replace("guidanceVersion: \"2022-10\"", ""));
        TrustReport year4 = checker.check(y4File);
        TrustReport year5 = checker.check(y5File);

        ReportDiff diff = ReportDiff.between(year4, year5);
        assertThat(diff.sameYear()).isFalse();
        assertThat(diff.becameMet()).anySatisfy(c -> {
            assertThat(c.previousId()).isEqualTo("SA1.b");
            assertThat(c.standard()).isEqualTo("SA1.c");
            assertThat(c.before()).isEqualTo(Outcome.NOT_MET);
            assertThat(c.after()).isEqualTo(Outcome.MET);
        });
        assertThat(diff.notComparable()).anySatisfy(m -> {
            assertThat(m.check()).isEqualTo("published");
            assertThat(m.changes()).containsExactly("sa1.published.minPct 50% -> 60%");
        });
        assertThat(diff.figuresMoved()).noneMatch(m -> m.check().equals("published"));
        String text = DiffRenderer.text(diff);
        assertThat(text).contains("Note: these are different scheme years (4 -> 5): standards are paired by what they mean")
                .contains("SA1.b -> SA1.c PMRT reviews started within 2 months: NOT MET -> MET")
                .contains("Figures measured differently, so not compared (")
                .contains("published: 19 of 34 (55.9%) -> ").contains("sa1.published.minPct 50% -> 60%");
    }

    @Test
    void theShippedYear5PackPairsNorthshiresStandardsWithYear4ByIntent() throws Exception {
        Checker checker = Checker.of(RuleBooks.fromDirectory(Path.of("rules")));
        TrustReport year4 = checker.check(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));
        TrustReport year5 = checker.check(Path.of("evidence-examples/y5-northshire-cannot-be-determined.yaml"));

        ReportDiff diff = ReportDiff.between(year4, year5);
        assertThat(diff.sameTrust()).isTrue();
        assertThat(diff.sameYear()).isFalse();
        // SA3's items are unknown in year 5 but keep year 4's intents: met, now not assessed.
        assertThat(diff.regressed()).anySatisfy(c -> {
            assertThat(c.standard()).isEqualTo("SA3.f");
            assertThat(c.before()).isEqualTo(Outcome.MET);
            assertThat(c.after()).isEqualTo(Outcome.NOT_ASSESSED);
        });
        // SBLCB v3 has intents of its own: v2's elements are not paired with v3's.
        assertThat(diff.becameMet()).anySatisfy(c -> {
            assertThat(c.standard()).isEqualTo("SA6.E6");
            assertThat(c.before()).isNull();
        });
        assertThat(diff.regressed()).anySatisfy(c -> {
            assertThat(c.standard()).isEqualTo("SA6.E1");
            assertThat(c.title()).isEqualTo("Element 1: reducing smoking in pregnancy");
            assertThat(c.after()).isNull();
        });
        // Figures measured against a changed limit are named, not compared; unchanged ones are compared.
        assertThat(diff.notComparable()).anySatisfy(m -> {
            assertThat(m.check()).isEqualTo("surveillance");
            assertThat(m.changes()).containsExactly("sa1.surveillance.withinMonths 4 months -> 1 month");
        });
        assertThat(diff.notComparable()).anySatisfy(m -> {
            assertThat(m.check()).isEqualTo("published");
            assertThat(m.changes()).containsExactly("sa1.published.minPct 50% -> 60%");
        });
        assertThat(diff.figuresMoved()).anySatisfy(m -> {
            assertThat(m.standard()).isEqualTo("SA1.b");
            assertThat(m.before().numerator()).isEqualTo(38);
            assertThat(m.after().numerator()).isEqualTo(15);
        });
        assertThat(DiffRenderer.text(diff)).contains("Verdict: 10/10 -> 8/10; no longer met: SA3, SA9")
                .contains("SA8.b   staff groups (obstetricDoctors): 45 of 50 (90.0%) -> 45 of 50 (90.0%); sa8.attendance.withinMonths 12 months (new)");
    }
}
