package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mischecker.cli.CliTest.mis;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never go over the evidence, onto non-files or twice to one file; options are checked before any work. */
class OutputSafetyCliTest {

    private static final String EXAMPLE = "evidence-examples/riverside-fails-three.yaml";

    @Test
    void anOutputNamingTheEvidenceFileBeingCheckedIsRefusedAndTheEvidenceKept(@TempDir Path dir) throws Exception {
        Path evidence = dir.resolve("r.yaml");
        Files.copy(Path.of(EXAMPLE), evidence);
        byte[] before = Files.readAllBytes(evidence);
        for (String[] args : new String[][] {
                {"check", evidence.toString(), "--output", evidence.toString()},
                {"check", evidence.toString(), "-o", "json=" + evidence},
                {"check", dir.toString(), "-o", "csv=" + dir.resolve("./r.yaml")}}) {
            CliTest.Run run = mis(args);
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("is the evidence file").contains("never writes over evidence");
            assertThat(Files.readAllBytes(evidence)).isEqualTo(before);
        }
    }

    @Test
    void twoOutputsToOneFileAreRefused(@TempDir Path dir) {
        Path same = dir.resolve("same.out");
        CliTest.Run run = mis("check", EXAMPLE, "-o", "json=" + same, "-o", "csv=" + same);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("the json and csv outputs both name " + same + "; give each output its own file");
        assertThat(same).doesNotExist();
    }

    @Test
    void anOutputThatIsAFolderIsRefused(@TempDir Path dir) {
        CliTest.Run run = mis("check", EXAMPLE, "--output", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("exists and is a folder; expected a file to write");
        assertThat(dir).isDirectory();
    }

    @Test
    void anOutputToDevNullIsDiscardedAndTheOtherOutputsAreWritten(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("r.json");
        CliTest.Run run = mis("check", EXAMPLE, "-o", "text=/dev/null", "-o", "json=" + json);
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(json)).startsWith("{\n\"formatVersion\":1");
        assertThat(Path.of("/dev/null")).exists();
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(json);
        }
    }

    @Test
    void optionValuesOutsideTheirRangeAreUsageErrors() {
        assertThat(mis("check", "--threads", "0", EXAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--threads 0 is not a number of threads; expected 1 or more");
        });
        assertThat(mis("check", "--max-file-size", "-5", EXAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--max-file-size -5 is not a size");
        });
        assertThat(mis("check", "--rules", "no-such-folder", EXAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--rules no-such-folder is not a folder");
        });
        assertThat(mis("check", "--as-of", "2022-02-30", EXAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("'2022-02-30' is not a date; expected YYYY-MM-DD").doesNotContain("Exception");
        });
        assertThat(mis("check", "--as-of", "+2022-06-01", EXAMPLE)).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("'+2022-06-01' is not a date; expected YYYY-MM-DD");
        });
    }

    @Test
    void aReportThatCannotBeWrittenToStandardOutputIsAnErrorNotSuccess() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void flush() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new String[] {"check", "evidence-examples/northshire-meets-all-ten.yaml"}, new PrintWriter(failing), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write to standard output");
    }

    @Test
    void aBrokenRuleLoadedWithRulesDirIsReportedInTheFileBeingEdited(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        try (var walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Files.copy(p, rules.resolve(Path.of("rules").relativize(p).toString()));
            }
        }
        Path drl = rules.resolve("y4/sa05-midwifery-workforce.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("Parameter\\(key == \"sa5", "Parameter(key == BROKEN \"sa5"));
        CliTest.Run run = mis("check", "--rules", rules.toString(), EXAMPLE);
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("mis: the rules do not build:").contains("ERROR " + drl + ":");
    }
}
