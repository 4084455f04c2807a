package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-evidence corpus, through the command a user runs: exit code 2, each
 * problem as file:line:column (or the file, for whole-file problems) with what is expected, and
 * never a stack trace. EvidenceLoaderTest holds the exact message and position of each.
 */
class BadEvidenceCliTest {

    static Stream<Path> badFiles() throws Exception {
        return Files.list(Path.of("src/test/resources/bad")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithWhereAndWhatAndExitTwo(Path file) {
        CliTest.Run run = CliTest.mis("check", "--no-colour", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).startsWith(file.toString())
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().filter(l -> l.startsWith(file.toString())))
                .allSatisfy(l -> assertThat(l).containsAnyOf("expected", "not valid YAML"));
        assertThat(run.out()).contains("cannot be evaluated");
    }
}
