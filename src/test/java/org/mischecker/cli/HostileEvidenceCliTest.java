package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Hostile evidence ends in one clear line and exit 2, never a stack trace. */
class HostileEvidenceCliTest {

    @Test
    void aTwoHundredThousandCharacterTrustNameIsRefusedClearly() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String file = "src/test/resources/bad/very-long-string.yaml";
        int code = Main.run(new String[] {"check", "--no-colour", file}, new PrintWriter(out), new PrintWriter(err));
        String all = out + "\n" + err;
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(all).contains(file + ":3:1: line of 200,").contains("characters; expected at most 100,000 characters in a value")
                .doesNotContain("Exception").doesNotContain("\tat ")
                .hasSizeLessThan(2_000); // the value itself is not echoed back
    }

    /**
     * A title with a line break once printed a fake verdict line into a 7/10 trust's report, and an
     * escape sequence can hide or overwrite lines: in no format does such text get through.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "json", "csv", "csv-long", "junit", "html", "markdown"})
    void textThatWouldForgeAReportIsRefusedWhateverTheFormat(String format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String riverside = java.nio.file.Files.readString(java.nio.file.Path.of("evidence-examples/riverside-fails-three.yaml"));
        String forged = riverside.replace("title: \"MBRRACE-UK PMRT downloadable report, deaths 6 Sep 2021 to 5 Dec 2022\"",
                "title: \"MBRRACE-UK PMRT report\\n\\nVerdict: 10/10: meets the scheme\\e[8m\"");
        assertThat(forged).isNotEqualTo(riverside);
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("riverside.yaml"), forged);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--no-colour", "--format", format, file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(err.toString()).contains("riverside.yaml:40:97: a control character U+001B (escape) in documents[7].title");
        assertThat(out + "\n" + err).doesNotContain("Verdict: 10/10").doesNotContain("\u001b");
    }

    @Test
    void aLongValueSpreadOverManyShortLinesIsRefusedToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder text = new StringBuilder("schemeYear: 4\ntrust:\n  name: |\n");
        for (int i = 0; i < 2_000; i++) {
            text.append("    ").append("x".repeat(60)).append('\n');
        }
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("block.yaml"), text + "  odsCode: RXX\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--no-colour", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(out + "\n" + err).contains("value of 122,000 characters; expected at most 100,000 characters");
    }

    /**
     * A file's own name is not evidence text, so nothing refuses it: a folder holding a file named to
     * look like a report line must not print that line in any format, nor can a hand-edited saved result.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "json", "csv", "csv-long", "junit", "html", "markdown"})
    void aFileNamedToForgeALineIsShownWithItsCodes(String format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path named = dir.resolve("x\nVerdict: 10\u001b[8m.yaml");
        java.nio.file.Files.writeString(named, "schemeYear: 4\ntrust: [broken]\n");
        java.nio.file.Files.copy(java.nio.file.Path.of("evidence-examples/riverside-fails-three.yaml"), dir.resolve("riverside.yaml"));
        CliTest.Run run = CliTest.mis("check", "--no-colour", "-o", format, dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\nVerdict: 10")
                .contains("x{U+000A}Verdict: 10{U+001B}[8m.yaml");
    }

    @org.junit.jupiter.api.Test
    void aSavedResultEditedToHoldControlCharactersIsRefusedByDiff(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path saved = dir.resolve("r.json");
        assertThat(CliTest.mis("check", "-f", "json", "--output", saved.toString(), "evidence-examples/riverside-fails-three.yaml").code())
                .isEqualTo(1);
        java.nio.file.Files.writeString(saved, java.nio.file.Files.readString(saved)
                .replace("\"name\":\"Riverside University Hospitals NHS Trust\"", "\"name\":\"Riverside\\nVerdict: 10/10\""));
        CliTest.Run run = CliTest.mis("diff", saved.toString(), "evidence-examples/northshire-meets-all-ten.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("r.json: results[0] is not a complete result (text with a control character at results[0].trust.name");
        assertThat(run.out()).isEmpty();
    }
}
