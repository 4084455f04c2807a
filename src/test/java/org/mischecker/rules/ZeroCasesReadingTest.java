package org.mischecker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.TestPacks;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;
import org.mischecker.report.Finding;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;

/** Whether 0 of 0 meets a minimum percentage is the pack's reading (zeroCases.countAsMet), not Java's. */
class ZeroCasesReadingTest {


    private static TrustReport check(Path rules, Path tmp) throws Exception {
        Path file = tmp.resolve("no-deaths.yaml");
        Files.writeString(file, Files.readString(Path.of("evidence-examples/northshire-meets-all-ten.yaml"))
                .replace("notifiedInTime: {numerator: 40, denominator: 40, source: pmrt-report-2022-12}",
                        "notifiedInTime: {numerator: 0, denominator: 0, source: pmrt-report-2022-12}"));
        return Checker.of(RuleBooks.fromDirectory(rules)).check(file);
    }

    private static StandardResult sa1a(TrustReport r) {
        return r.actions().get(0).standards().stream().filter(s -> s.id().equals("SA1.a")).findFirst().orElseThrow();
    }

    @Test
    void withTheReadingNoCasesIsMetAndTheReadingIsQuoted(@TempDir Path tmp) throws Exception {
        StandardResult s = sa1a(check(Path.of("rules"), tmp));
        assertThat(s.outcome().name()).isEqualTo("MET");
        Finding notified = s.findings().get(0);
        assertThat(notified.rationale()).contains("no eligible deaths in the period, so none fell short");
        assertThat(notified.thresholds()).anySatisfy(t -> assertThat(t.key()).isEqualTo("zeroCases.countAsMet"));
    }

    @Test
    void aPackWithoutTheReadingCountsNoCasesAsNotMet(@TempDir Path tmp) throws Exception {
        Path rules = TestPacks.copyOfRules(tmp.resolve("rules"));
        Path thresholds = rules.resolve("y4/thresholds.yaml");
        String text = Files.readString(thresholds);
        int from = text.indexOf("  zeroCases.countAsMet:");
        int to = text.indexOf("\n  board.delegatedCommittees:");
        Files.writeString(thresholds, text.substring(0, from) + text.substring(to + 1));
        StandardResult s = sa1a(check(rules, tmp));
        assertThat(s.outcome().name()).isEqualTo("NOT_MET");
        Finding notified = s.findings().get(0);
        assertThat(notified.rationale()).contains("no eligible deaths in the period; this year's rule pack does not count none as met");
        assertThat(notified.toComply()).isEqualTo("ask the governance lead whether this year's guidance counts a figure with no cases as met");
    }
}
