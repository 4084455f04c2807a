package org.mischecker.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mischecker.check.Checker;
import org.mischecker.report.ActionResult;
import org.mischecker.report.StandardResult;
import org.mischecker.report.TrustReport;
import org.mischecker.report.diff.ReportDiff;
import org.mischecker.rules.CaseRunner;

/** A saved JSON result read back is the report a fresh check gives, as far as the format carries it. */
class JsonResultsTest {

    private static final Checker CHECKER = CaseRunner.checker();

    private static Path saved(TrustReport report, Path dir) throws Exception {
        StringBuilder json = new StringBuilder();
        new JsonRenderer().render(List.of(report), List.of(), json);
        Path file = dir.resolve("result.json");
        Files.writeString(file, json);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"northshire-meets-all-ten", "riverside-fails-three", "eastbridge-declared-ten-evidence-shows-seven"})
    void aSavedResultReadsBackAsTheFreshReport(String example, @TempDir Path dir) throws Exception {
        TrustReport fresh = CHECKER.check(Path.of("evidence-examples/" + example + ".yaml"));
        TrustReport read = JsonResults.readOne(saved(fresh, dir));
        assertThat(ReportDiff.between(fresh, read).nothingChanged()).isTrue();
        assertThat(read.verdict()).isEqualTo(fresh.verdict());
        assertThat(read.questions()).isEqualTo(fresh.questions());
        assertThat(read.actionPlans()).isEqualTo(fresh.actionPlans());
        assertThat(read.unverifiedThresholds()).isEqualTo(fresh.unverifiedThresholds());
        assertThat(fresh.actions().stream().flatMap(a -> a.standards().stream()).flatMap(s -> s.findings().stream())
                .filter(f -> f.cadence() != null && f.figure() == null)).as("the example has cadences to carry").isNotEmpty();
        for (int a = 0; a < fresh.actions().size(); a++) {
            ActionResult was = fresh.actions().get(a);
            ActionResult now = read.actions().get(a);
            assertThat(now.outcome()).isEqualTo(was.outcome());
            assertThat(now.declared()).isEqualTo(was.declared());
            for (int s = 0; s < was.standards().size(); s++) {
                StandardResult ws = was.standards().get(s);
                StandardResult ns = now.standards().get(s);
                assertThat(ns.findings()).extracting(f -> f.rationale() + "|" + f.toComply() + "|" + f.evidence() + "|" + f.thresholds())
                        .isEqualTo(ws.findings().stream().map(f -> f.rationale() + "|" + f.toComply() + "|" + f.evidence() + "|" + f.thresholds()).toList());
                // The exact percentages and each cadence's intervals, which mis trend and the pictures need.
                assertThat(ns.findings()).extracting(org.mischecker.report.Finding::figure)
                        .isEqualTo(ws.findings().stream().map(org.mischecker.report.Finding::figure).toList());
                assertThat(ns.findings()).extracting(org.mischecker.report.Finding::cadence)
                        .isEqualTo(ws.findings().stream().map(org.mischecker.report.Finding::cadence).toList());
            }
        }
    }

    @Test
    void aDiffOfSavedResultsSaysWhatADiffOfFreshChecksSays(@TempDir Path dir) throws Exception {
        TrustReport riverside = CHECKER.check(Path.of("evidence-examples/riverside-fails-three.yaml"));
        TrustReport northshire = CHECKER.check(Path.of("evidence-examples/northshire-meets-all-ten.yaml"));
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        ReportDiff fresh = ReportDiff.between(riverside, northshire);
        ReportDiff saved = ReportDiff.between(JsonResults.readOne(saved(riverside, a)), JsonResults.readOne(saved(northshire, b)));
        assertThat(DiffRenderer.text(saved)).isEqualTo(DiffRenderer.text(fresh));
        assertThat(DiffRenderer.json(saved)).isEqualTo(DiffRenderer.json(fresh));
        assertThat(fresh.becameMet()).isNotEmpty();
    }

    @Test
    void aFileOfManyTrustsIsRefusedWithItsCount(@TempDir Path dir) throws Exception {
        TrustReport one = CHECKER.check(Path.of("evidence-examples/riverside-fails-three.yaml"));
        StringBuilder json = new StringBuilder();
        new JsonRenderer().render(java.util.Collections.nCopies(300, one), List.of(), json);
        Path file = dir.resolve("many.json");
        Files.writeString(file, json);
        assertThatThrownBy(() -> JsonResults.readOne(file)).isInstanceOf(JsonResults.NotAResult.class)
                .hasMessage(file + ": holds 300 results; expected the result of one trust (run 'mis check --format json' on a single file)");
    }

    @Test
    void deeplyNestedJsonIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "{\"formatVersion\":1,\"results\":[" + "[".repeat(5000) + "]".repeat(5000) + "]}");
        assertThatThrownBy(() -> JsonResults.readOne(file)).isInstanceOf(JsonResults.NotAResult.class)
                .hasMessage(file + ": nested more than 32 levels deep; expected the output of 'mis check --format json'");
    }

    @Test
    void truncatedJsonNamesItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"formatVersion\":1,\n\"results\":[{\"file\":");
        assertThatThrownBy(() -> JsonResults.readOne(file)).hasMessageStartingWith(file + ": not valid JSON (line 2)");
    }
}
