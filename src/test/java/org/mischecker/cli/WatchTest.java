package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;

/**
 * mis check --watch end to end, in process: the watch runs on its own thread against a temporary
 * copy of an example; the test saves the file the ways editors do (in place, and by renaming a new
 * file over it) and reads the outputs and the terminal.
 */
class WatchTest {

    private static final Path EXAMPLE = Path.of("evidence-examples/riverside-fails-three.yaml");
    private static final long WAIT_MS = 20_000;

    @TempDir
    Path dir;

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Watch.Checked> checked = new CopyOnWriteArrayList<>();
    private Watch watch;

    @AfterEach
    void stop() {
        if (watch != null) {
            watch.stop();
        }
        thread.shutdownNow();
    }

    private Future<Integer> start(Path evidence, Map<String, Path> outputs) {
        watch = Watch.of(Checker.of(RuleBooks.shipped()), evidence, outputs, new PrintWriter(out, true), new PrintWriter(err, true))
                .onChecked(checked::add);
        return thread.submit(watch::run);
    }

    private void awaitChecks(int n) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (checked.size() < n && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        assertThat(checked).as("checks after %d saves; terminal:%n%s%n%s", n - 1, out, err).hasSize(n);
    }

    /** An editor that writes a new file and renames it over the old one. */
    private static void saveByRename(Path file, String text) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void eachSaveGivesANewReportAndTheTerminalSaysWhatChanged() throws Exception {
        Path evidence = dir.resolve("trust.yaml");
        String original = Files.readString(EXAMPLE);
        Files.writeString(evidence, original);
        Path html = dir.resolve("report.html");
        Path json = dir.resolve("report.json");
        Future<Integer> run = start(evidence, Map.of("html", html, "json", json));
        awaitChecks(1);
        assertThat(Files.readString(html)).contains("Verdict: 7/10: does not meet the scheme (SA1, SA5, SA8 not met)");

        // Save 1, in place: one more PMRT review started in time (SA1.b then meets 95%).
        Files.writeString(evidence, original.replace("reviewStartedInTime: {numerator: 41,", "reviewStartedInTime: {numerator: 42,"));
        awaitChecks(2);
        assertThat(Files.readString(json)).contains("\"numerator\":42,\"denominator\":44");
        // Save 2, by rename: the coordinator is supernumerary on every shift (SA5 met).
        saveByRename(evidence, original.replace("reviewStartedInTime: {numerator: 41,", "reviewStartedInTime: {numerator: 42,")
                .replace("coordinatorSupernumerary: {numerator: 901,", "coordinatorSupernumerary: {numerator: 948,"));
        awaitChecks(3);
        assertThat(Files.readString(html)).contains("Verdict: 8/10: does not meet the scheme (SA1, SA8 not met)");
        // Save 3, back as it was.
        saveByRename(evidence, original);
        awaitChecks(4);
        assertThat(Files.readString(html)).contains("Verdict: 7/10: does not meet the scheme (SA1, SA5, SA8 not met)");

        assertThat(checked).allMatch(c -> c.result().evaluated());
        String terminal = out.toString();
        assertThat(terminal).startsWith("Watching " + evidence + " (Ctrl-C to stop); rewriting ");
        assertThat(terminal).contains("[1] Verdict: 7/10", "[2] Verdict: 7/10", "[3] Verdict: 8/10", "[4] Verdict: 7/10")
                .contains("    since check [1]:\n      SA1.b PMRT reviews started within 2 months: NOT MET -> MET\n"
                        + "      SA1.b review started: 41 of 44 (93.2%) -> 42 of 44 (95.5%)\n")
                .contains("    since check [2]:\n      verdict 7/10 -> 8/10; now met: SA5\n      SA5.")
                .contains("    since check [3]:\n      verdict 8/10 -> 7/10; no longer met: SA5");
        assertThat(err.toString()).isEmpty();
        watch.stop();
        assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("no temporary files left").containsExactly("report.html", "report.json", "trust.yaml");
        }
    }

    @Test
    void anInvalidSaveShowsItsProblemsAndKeepsTheLastGoodOutputs() throws Exception {
        Path evidence = dir.resolve("trust.yaml");
        String original = Files.readString(EXAMPLE);
        Files.writeString(evidence, original);
        Path html = dir.resolve("report.html");
        Future<Integer> run = start(evidence, Map.of("html", html));
        awaitChecks(1);
        String good = Files.readString(html);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(html);

        saveByRename(evidence, original.replace("reviewStartedInTime: {numerator: 41,", "reviewStartedInTime: {numerator: 45,"));
        awaitChecks(2);
        assertThat(checked.get(1).result().evaluated()).isFalse();
        int line = original.substring(0, original.indexOf("reviewStartedInTime: {numerator: 41,")).split("\n", -1).length;
        assertThat(err.toString()).startsWith("[2] not checked; the outputs still show check [1]:\n    " + evidence + ":" + line + ":");
        assertThat(Files.readString(html)).isEqualTo(good);
        assertThat(Files.getLastModifiedTime(html)).isEqualTo(written);

        // Fixed: the next save is checked and compared with the last good check, not the broken one.
        saveByRename(evidence, original.replace("reviewStartedInTime: {numerator: 41,", "reviewStartedInTime: {numerator: 42,"));
        awaitChecks(3);
        assertThat(out.toString()).contains("[3] Verdict: 7/10", "    since check [1]:\n      SA1.b PMRT reviews started within 2 months:"
                + " NOT MET -> MET\n      SA1.b review started: 41 of 44 (93.2%) -> 42 of 44 (95.5%)\n");
        watch.stop();
        assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void aFileThatIsNeverValidWritesNoOutputAndEndsWithExitCode2() throws Exception {
        Path evidence = dir.resolve("trust.yaml");
        Files.writeString(evidence, "schemeYear: [\n");
        Path html = dir.resolve("report.html");
        Future<Integer> run = start(evidence, Map.of("html", html));
        awaitChecks(1);
        assertThat(err.toString()).startsWith("[1] not checked; no report written yet:\n");
        assertThat(html).doesNotExist();
        watch.stop();
        assertThat(run.get(10, TimeUnit.SECONDS)).isEqualTo(2);
    }

    @Test
    void theCommandRefusesAFolderAndOutputsToTheTerminal() {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertThat(Main.run(new String[] {"check", "--watch", "evidence-examples"}, new PrintWriter(o), new PrintWriter(e))).isEqualTo(2);
        assertThat(e.toString()).contains("--watch checks one evidence file as it is edited; got the folder evidence-examples; expected one FILE");
        StringWriter e2 = new StringWriter();
        assertThat(Main.run(new String[] {"check", "--watch", "-o", "html", EXAMPLE.toString()}, new PrintWriter(o), new PrintWriter(e2)))
                .isEqualTo(2);
        assertThat(e2.toString()).contains("with --watch, outputs go to files (-o html=FILE)");
    }
}
