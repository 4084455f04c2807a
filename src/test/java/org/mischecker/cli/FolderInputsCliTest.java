package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mischecker.cli.CliTest.mis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing a folder holds is lost: every *.yaml entry is judged or listed as not evaluable, in every output. */
class FolderInputsCliTest {

    private static final Path RIVERSIDE = Path.of("evidence-examples/riverside-fails-three.yaml");
    private static final Path NORTHSHIRE = Path.of("evidence-examples/northshire-meets-all-ten.yaml");

    @Test
    void entriesThatCannotBeReadAreListedInEveryOutputWithExitTwo(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Files.copy(NORTHSHIRE, dir.resolve("a-good.yaml"));
        Files.createSymbolicLink(dir.resolve("b-dangling.yaml"), dir.resolve("gone.yaml"));
        Files.createSymbolicLink(dir.resolve("c-loop.yaml"), dir.resolve("c-loop.yaml"));
        Files.createDirectories(dir.resolve("d-folder.yaml"));
        Files.createSymbolicLink(dir.resolve("e-device.yaml"), Path.of("/dev/null"));
        Path fifo = dir.resolve("f-pipe.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("g-link-to-good.yaml"), RIVERSIDE.toAbsolutePath());
        Path out = Files.createDirectories(tmp.resolve("out"));

        CliTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> mis("check", "--no-colour", dir.toString(),
                "-o", "text", "-o", "json=" + out.resolve("r.json"), "-o", "csv=" + out.resolve("m.csv")));

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("b-dangling.yaml") + ": is a link to " + dir.resolve("gone.yaml") + ", which does not exist")
                .contains(dir.resolve("c-loop.yaml") + ": is a link that cannot be followed")
                .contains(dir.resolve("d-folder.yaml") + ": is a folder named like an evidence file")
                .contains(dir.resolve("e-device.yaml") + ": is not a regular file (a pipe, a device or a socket)")
                .contains(dir.resolve("f-pipe.yaml") + ": is not a regular file (a pipe, a device or a socket)");
        assertThat(run.out()).contains("1 of 2 trusts meet all ten safety actions; 5 files could not be evaluated");
        JsonNode json = new ObjectMapper().readTree(out.resolve("r.json").toFile());
        assertThat(json.path("results")).hasSize(2);
        assertThat(json.path("errors")).extracting(e -> Path.of(e.path("file").asText()).getFileName().toString())
                .containsExactly("b-dangling.yaml", "c-loop.yaml", "d-folder.yaml", "e-device.yaml", "f-pipe.yaml");
        List<String> csv = Files.readAllLines(out.resolve("m.csv"));
        assertThat(csv).hasSize(1 + 7);
    }

    @Test
    void aNamedFileIsJudgedTheSameWayAsOneFoundInAFolder(@TempDir Path tmp) throws Exception {
        Path dangling = tmp.resolve("x.yaml");
        Files.createSymbolicLink(dangling, tmp.resolve("nowhere.yaml"));
        CliTest.Run run = mis("check", dangling.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(dangling + ": is a link to " + tmp.resolve("nowhere.yaml") + ", which does not exist");
    }

    @Test
    void theSameTrustTwiceIsCountedOnceAndTheCopyIsNamed(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("submissions"));
        Files.copy(RIVERSIDE, dir.resolve("riverside-q3.yaml"));
        Files.copy(RIVERSIDE, dir.resolve("riverside-q4.yaml"));
        Files.copy(NORTHSHIRE, dir.resolve("northshire.yaml"));
        CliTest.Run run = mis("check", "--no-colour", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("1 of 2 trusts meet all ten safety actions; 1 file could not be evaluated");
        assertThat(run.err()).contains(dir.resolve("riverside-q4.yaml") + ": trust RRV (Riverside University Hospitals NHS Trust), "
                + "scheme year 4, is already checked from " + dir.resolve("riverside-q3.yaml")
                + "; expected one evidence file per trust and scheme year");
    }
}
