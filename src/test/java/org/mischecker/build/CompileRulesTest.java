package org.mischecker.build;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build-time compiler refuses what the run-time one refuses (drools-notes: duplicate rule names). */
class CompileRulesTest {

    @Test
    void twoRulesOfOneNameStopTheBuild(@TempDir Path tmp) throws Exception {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path drl = rules.resolve("y4/sa10-hsib-early-notification.drl");
        String text = Files.readString(drl);
        int start = text.indexOf("rule \"");
        int end = text.indexOf("\nend", start) + 4;
        Files.writeString(drl, text + "\n" + text.substring(start, end) + "\n");
        assertThatThrownBy(() -> CompileRules.main(new String[] {rules.toString(), tmp.resolve("out").toString()}))
                .hasMessageContaining("do not compile").hasMessageContaining("Duplicate rule name");
    }
}
