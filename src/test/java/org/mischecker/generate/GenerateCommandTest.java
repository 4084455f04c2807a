package org.mischecker.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.cli.Main;

/** The synthetic evidence generator: deterministic for a seed, always valid, and varied around the thresholds. */
class GenerateCommandTest {

    static int mis(StringWriter out, StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    static List<String> contents(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().map(p -> {
                try {
                    return p.getFileName() + "\n" + Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedDoesNot(@TempDir Path tmp) throws Exception {
        assertThat(mis(new StringWriter(), new StringWriter(), "generate", "--scheme-year", "4", "--trusts", "20", "--seed", "42", tmp.resolve("a").toString())).isZero();
        assertThat(mis(new StringWriter(), new StringWriter(), "generate", "--scheme-year", "4", "--trusts", "20", "--seed", "42", tmp.resolve("b").toString())).isZero();
        assertThat(mis(new StringWriter(), new StringWriter(), "generate", "--scheme-year", "4", "--trusts", "20", "--seed", "43", tmp.resolve("c").toString())).isZero();
        assertThat(contents(tmp.resolve("a"))).hasSize(20).isEqualTo(contents(tmp.resolve("b")));
        assertThat(contents(tmp.resolve("a"))).isNotEqualTo(contents(tmp.resolve("c")));
    }

    @Test
    void theSameSeedGivesTheSameFileInEveryJvmRun(@TempDir Path tmp) throws Exception {
        // Two runs in one JVM share its hash seed; a golden file holds the bytes across runs.
        assertThat(mis(new StringWriter(), new StringWriter(), "generate", "--scheme-year", "4", "--trusts", "1", "--seed", "42", tmp.toString())).isZero();
        try (var files = Files.list(tmp)) {
            Path only = files.findFirst().orElseThrow();
            org.mischecker.Golden.assertMatches("generated-seed-42.yaml", Files.readString(only));
        }
    }

    @Test
    void generatedEvidenceIsValidAndVaried(@TempDir Path tmp) throws Exception {
        mis(new StringWriter(), new StringWriter(), "generate", "--scheme-year", "4", "--trusts", "60", "--seed", "3", tmp.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = mis(out, err, "check", "-o", "csv", tmp.toString());
        assertThat(err.toString()).as("every generated file loads").isEmpty();
        assertThat(code).isEqualTo(1);
        List<String> rows = out.toString().lines().skip(1).toList();
        assertThat(rows).hasSize(60);
        long meeting = rows.stream().filter(r -> r.contains(",10,yes,")).count();
        assertThat(meeting).as("some trusts meet all ten, some do not").isBetween(5L, 55L);
    }

    @Test
    void existingFilesAreNeverOverwritten(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("trust-00001.yaml"), "mine");
        StringWriter err = new StringWriter();
        assertThat(mis(new StringWriter(), err, "generate", "--scheme-year", "4", "--trusts", "2", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readString(tmp.resolve("trust-00001.yaml"))).isEqualTo("mine");
    }
}
