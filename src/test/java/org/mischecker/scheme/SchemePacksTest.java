package org.mischecker.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemePacksTest {

    @Test
    void parametersCarryTheirParsedNumberDateAndDisplayText() {
        SchemeYear year = SchemePacks.fromDirectory(Path.of("rules")).year(4);
        Parameter pct = year.parameter("sa1.reviewStarted.minPct").orElseThrow();
        assertThat(pct.number()).isEqualByComparingTo("95");
        assertThat(pct.date()).isNull();
        assertThat(pct.display()).isEqualTo("95%");
        Parameter start = year.parameter("period.start").orElseThrow();
        assertThat(start.date()).hasToString("2021-08-09");
        assertThat(start.number()).isNull();
    }

    @Test
    void aThresholdValueThatIsNotItsTypeIsAClearErrorNamingTheFileAndParameter(@TempDir Path tmp) throws IOException {
        Path rules = copyOfShippedRules(tmp);
        Path thresholds = rules.resolve("y4/thresholds.yaml");
        String text = Files.readString(thresholds);
        int at = text.indexOf("sa1.reviewStarted.minPct:");
        int value = text.indexOf("value:", at);
        int end = text.indexOf('\n', value);
        Files.writeString(thresholds, text.substring(0, value) + "value: ninety-five" + text.substring(end));
        assertThatThrownBy(() -> SchemePacks.fromDirectory(rules))
                .isInstanceOf(SchemeException.class)
                .hasMessageContaining("thresholds.yaml: parameter sa1.reviewStarted.minPct has value 'ninety-five', which is not a percent");
    }

    @Test
    void everyNumberAndCountKeyNamesItsPlausibleMaximumAndNoOtherKeyDoes(@TempDir Path tmp) throws IOException {
        SchemeYear year = SchemePacks.fromDirectory(Path.of("rules")).year(4);
        assertThat(year.actions()).flatMap(a -> a.evidence().values()).allSatisfy(k -> assertThat(k.max() != null).as(k.factKey())
                .isEqualTo(k.kind() == EvidenceKind.NUMBER || k.kind() == EvidenceKind.COUNT));
        Path rules = copyOfShippedRules(tmp);
        Path evidence = rules.resolve("y4/evidence.yaml");
        String text = Files.readString(evidence);
        Files.writeString(evidence, text.replaceFirst("\n        max: 20\n", "\n"));
        assertThatThrownBy(() -> SchemePacks.fromDirectory(rules)).isInstanceOf(SchemeException.class)
                .hasMessageContaining("evidence.yaml: SA6.consultantLedUnits.max is missing; expected the largest value a trust could"
                        + " plausibly write for a count key");
        Files.writeString(evidence, text.replaceFirst("\n        notBefore: sa1.period.start\n", "\n        notBefore: sa1.period.start\n        max: 5\n"));
        assertThatThrownBy(() -> SchemePacks.fromDirectory(rules)).isInstanceOf(SchemeException.class)
                .hasMessageContaining("evidence.yaml: SA1.notifiedInTime.max is set on a figure key; expected it only on number and count keys");
    }

    private static Path copyOfShippedRules(Path tmp) throws IOException {
        Path source = Path.of("rules");
        Path target = tmp.resolve("rules");
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : all.toList()) {
                Path copy = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        }
        return target;
    }
}
