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
 * Year 5 here is a copy of year 4 in which the review-started and report standards swapped letters
 * and the published-report threshold rose from 50% to 60% (as the domain notes record for year 5).
 */
class CrossYearDiffTest {

    @Test
    void aTrustsYear4AndYear5ResultsPairByIntent(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        Path y5 = rules.resolve("y5");
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
}
