package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's batch run: folders, path order, mixed good and bad files, several outputs at once. */
class BatchCliTest {

    static CliTest.Run mis(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliTest.Run(code, out.toString(), err.toString());
    }

    /** A submissions folder: the three examples in nested folders, named out of order, plus one broken file. */
    static Path submissions(Path dir) throws Exception {
        Path nested = Files.createDirectories(dir.resolve("north/2022"));
        Files.copy(Path.of("evidence-examples/riverside-fails-three.yaml"), dir.resolve("a-riverside.yaml"));
        Files.copy(Path.of("evidence-examples/northshire-meets-all-ten.yaml"), nested.resolve("z-northshire.yml"));
        Files.copy(Path.of("evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml"), dir.resolve("m-eastbridge.yaml"));
        Files.writeString(dir.resolve("b-broken.yaml"), "schemeYear: 4\ntrust: {name: Broken Trust, odsCode: RBR}\nSA1: [1, 2]\n");
        Files.writeString(dir.resolve("notes.txt"), "not evidence");
        return dir;
    }

    @Test
    void aFolderIsSearchedRecursivelyAndEveryOutputIsWrittenInPathOrder(@TempDir Path tmp) throws Exception {
        Path dir = submissions(Files.createDirectories(tmp.resolve("submissions")));
        Path out = Files.createDirectories(tmp.resolve("out"));
        CliTest.Run run = mis("check", dir.toString(), "--threads", "2", "--no-colour",
                "-o", "text", "-o", "csv=" + out.resolve("matrix.csv"), "-o", "csv-long=" + out.resolve("long.csv"),
                "-o", "junit=" + out.resolve("results.xml"), "-o", "json=" + out.resolve("results.json"));
        assertThat(run.code()).as("one file could not be evaluated").isEqualTo(2);
        assertThat(run.err()).contains("b-broken.yaml:3:6: SA1 is a list");
        String prefix = dir.toString();
        // The layouts are held by the renderers' golden files; here, that every output saw every file, in path order.
        assertThat(run.out().lines().skip(1).limit(3).map(l -> l.substring(45, 48)).toList()).containsExactly("RRV", "REB", "RNS");
        assertThat(run.out()).contains("1 of 3 trusts meet all ten safety actions; 1 file could not be evaluated")
                .contains("Eastbridge and District Hospitals NHS Foundation Trust (REB): SA2 declared met, evidence NOT MET")
                .contains("ERROR " + dir.resolve("b-broken.yaml") + ": cannot be evaluated");
        assertThat(Files.readAllLines(out.resolve("matrix.csv"))).extracting(l -> l.split(",", 2)[0].replace(prefix, "submissions"))
                .containsExactly("\uFEFFfile", "submissions/a-riverside.yaml", "submissions/b-broken.yaml", "submissions/m-eastbridge.yaml",
                        "submissions/north/2022/z-northshire.yml");
        String junit = Files.readString(out.resolve("results.xml"));
        assertThat(junit).contains("<testsuite name=\"Riverside University Hospitals NHS Trust (RRV)\" tests=\"50\" failures=\"4\"")
                .contains("b-broken.yaml");
        assertThat(junit.indexOf("(RRV)")).isLessThan(junit.indexOf("(REB)"));
        assertThat(junit.indexOf("(REB)")).isLessThan(junit.indexOf("(RNS)"));
        assertThat(Files.readAllBytes(out.resolve("matrix.csv"))).as("a UTF-8 byte-order mark, so Excel reads the names right")
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String longCsv = Files.readString(out.resolve("long.csv"));
        assertThat(longCsv).startsWith("\uFEFFfile,");
        assertThat(longCsv.lines().count()).isGreaterThan(200);
        assertThat(longCsv).contains("SA1.b,NOT_MET,review started,,NOT_MET,41,44,93.2%,at least 95%");
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        assertThat(json.path("results")).extracting(r -> r.path("trust").path("odsCode").asText())
                .containsExactly("RRV", "REB", "RNS");
        assertThat(json.path("errors").get(0).path("file").asText()).endsWith("b-broken.yaml");
        List<String> lines = Files.readAllLines(out.resolve("results.json"));
        assertThat(lines).as("one line per trust result and per error, so grep and line diffs work on the document")
                .filteredOn(l -> l.startsWith("{\"file\":")).hasSize(4)
                .allSatisfy(l -> assertThat(new ObjectMapper().readTree(l.replaceAll(",$", "")).path("file").asText()).startsWith(prefix));
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("no temporary files left behind").containsExactly("long.csv", "matrix.csv", "results.json", "results.xml");
        }
    }

    @Test
    void orderDoesNotDependOnThreadsOrArgumentOrder(@TempDir Path tmp) throws Exception {
        Path dir = submissions(tmp);
        String one = mis("check", "--threads", "1", "-o", "csv", dir.toString()).out();
        String four = mis("check", "--threads", "4", "-o", "csv",
                dir.resolve("north").toString(), dir.resolve("m-eastbridge.yaml").toString(),
                dir.resolve("a-riverside.yaml").toString(), dir.resolve("b-broken.yaml").toString()).out();
        assertThat(four).isEqualTo(one);
    }

    @Test
    void onlyOneOutputMayGoToStandardOutput() {
        CliTest.Run run = mis("check", "-o", "text", "-o", "json", "evidence-examples/");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("only one output can go to standard output");
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        CliTest.Run run = mis("check", "-o", "xlsx=out.xlsx", "evidence-examples/");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'xlsx'");
    }

    @Test
    void aFolderWithNoEvidenceIsAUsageError(@TempDir Path tmp) {
        CliTest.Run run = mis("check", tmp.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no *.yaml or *.yml evidence files found");
    }

}
