package org.mischecker.cli;

import org.mischecker.check.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.scheme.EvidenceSchema;
import org.mischecker.scheme.EvidenceTemplate;
import org.mischecker.scheme.SchemePacks;

/** `mis schema` and `mis init` print what the scheme package generates; init never overwrites a file. */
class SchemaAndInitCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run mis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static final SchemePacks PACKS = SchemePacks.fromClasspath();

    @Test
    void schemaPrintsTheGeneratedJsonSchema() throws Exception {
        Run run = mis("schema", "--scheme-year", "4");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(new ObjectMapper().readTree(run.out())).isEqualTo(EvidenceSchema.of(PACKS.year(4)));
    }

    /** The default year: the newest whose pack is not a draft. */
    private static final int NEWEST = PACKS.years().values().stream().filter(y -> y.unknownParameters().isEmpty())
            .mapToInt(org.mischecker.scheme.SchemeYear::year).max().orElseThrow();

    @Test
    void initWithoutAFilePrintsTheTemplate() {
        Run run = mis("init");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(EvidenceTemplate.of(PACKS.year(NEWEST)));
    }

    @Test
    void initWritesANewFileThatChecksAsNoEvidence(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.yaml");
        Run init = mis("init", file.toString());
        assertThat(init.code()).isZero();
        assertThat(Files.readString(file)).isEqualTo(EvidenceTemplate.of(PACKS.year(NEWEST)));
        Run check = mis("check", "--no-colour", file.toString());
        assertThat(check.err()).isEmpty();
        assertThat(check.code()).isEqualTo(ExitCode.NOT_ALL_MET.code());
        assertThat(check.out()).contains("NO EVIDENCE").contains("0/10");
    }

    @Test
    void initRefusesToOverwriteAnExistingFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.yaml");
        Files.writeString(file, "schemeYear: 4\n# a trust's work\n");
        Run run = mis("init", file.toString());
        assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
        assertThat(run.err()).isEqualTo("mis init: " + file + " already exists; expected a new file name (mis init never overwrites a file)"
                + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("schemeYear: 4\n# a trust's work\n");
    }

    @Test
    void anUnknownSchemeYearIsAUsageError() {
        for (String command : new String[] {"schema", "init"}) {
            Run run = mis(command, "--scheme-year", "9");
            assertThat(run.code()).as(command).isEqualTo(ExitCode.INVALID_INPUT.code());
            assertThat(run.err()).as(command).contains("no rule pack for scheme year 9; expected one of 3, 4");
        }
    }
}
