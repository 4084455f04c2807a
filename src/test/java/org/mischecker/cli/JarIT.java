package org.mischecker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar itself, as users run it (drools-notes: a fat jar can lose rules with no error, so
 * test the jar, not just the classes): a known verdict from each example, through java -jar and bin/mis.
 */
class JarIT {

    record Result(int code, String out, String err) {
    }

    static Result run(String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    static List<String> javaJar(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/mis.jar"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void theJarMeetsAllTenForTheCompliantExample() throws Exception {
        Result r = run(javaJar("check", "evidence-examples/northshire-meets-all-ten.yaml").toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Verdict: 10/10: meets the scheme");
    }

    @Test
    void theJarReportsFailingExamplesWithExitOne() throws Exception {
        Result r = run(javaJar("check", "evidence-examples/riverside-fails-three.yaml",
                "evidence-examples/eastbridge-declared-ten-evidence-shows-seven.yaml").toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("0 of 2 trusts meet all ten safety actions")
                .containsPattern("Riverside University Hospitals NHS Trust +RRV +4 +7/10 +NOT +met")
                .containsPattern("Eastbridge and District Hospitals NHS Found~ REB +4 +7/10 +met +NOT +NOT");
    }

    @Test
    void theJarLoadsRulesFromSourceWithRulesDir() throws Exception {
        Result r = run(javaJar("check", "--rules", "rules", "evidence-examples/northshire-meets-all-ten.yaml").toArray(String[]::new));
        assertThat(r.code()).isZero();
    }

    /** The JVM prints the options it was started with (JAVA_TOOL_OPTIONS), so the launcher's choice shows. */
    static String launcherJvmOptions(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bin/mis"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
        pb.environment().remove("MIS_BATCH");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void theLauncherKeepsTheQuickCompilerUpToFiveThousandFilesAndTheOptimisingOneAbove(@TempDir Path tmp) throws Exception {
        assertThat(launcherJvmOptions("check", "--help", "evidence-examples/"))
                .contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:MaxInlineLevel");
        Path many = Files.createDirectories(tmp.resolve("submissions"));
        for (int i = 0; i <= 5000; i++) {
            Files.createFile(many.resolve("trust-" + i + (i % 2 == 0 ? ".yaml" : ".yml")));
        }
        assertThat(launcherJvmOptions("check", "--help", many.toString()))
                .contains("-XX:MaxInlineLevel=4", "-XX:CICompilerCount=4").doesNotContain("-XX:TieredStopAtLevel=1");
        Files.delete(many.resolve("trust-0.yaml"));
        assertThat(launcherJvmOptions("check", "--help", many.toString())).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theLauncherGivesTheSameVerdict() throws Exception {
        for (int i = 0; i < 2; i++) { // first run may record the class-data archive, second uses it
            Result r = run("bin/mis", "check", "evidence-examples/northshire-meets-all-ten.yaml");
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Verdict: 10/10");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitThreeNeverAVerdict(@TempDir Path tmp) throws Exception {
        StringBuilder big = new StringBuilder("schemeYear: 4\ntrust: {name: Big Trust, odsCode: RBG}\ndocuments:\n");
        for (int i = 0; i < 200_000; i++) {
            big.append("  - {id: doc-").append(i).append(", title: Board paper number ").append(i)
                    .append(" with a long title, date: 2022-01-01, approvedBy: Trust Board}\n");
        }
        Path file = tmp.resolve("big.yaml");
        Files.writeString(file, big);
        List<String> cmd = new ArrayList<>(javaJar("check", "--max-file-size", "100000000", file.toString()));
        cmd.add(1, "-Xmx64m");
        Result r = run(cmd.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).startsWith("mis: ran out of memory").doesNotContain("\tat ").doesNotContain("\n");
        assertThat(r.out()).doesNotContain("Verdict");
    }

    @Test
    void anInterruptedRunLeavesNoTemporaryFilesBehind(@TempDir Path tmp) throws Exception {
        Path trusts = tmp.resolve("trusts");
        assertThat(run(javaJar("generate", "--scheme-year", "4", "--trusts", "400", "--seed", "3", trusts.toString()).toArray(String[]::new)).code()).isZero();
        Path out = Files.createDirectories(tmp.resolve("out"));
        Process p = new ProcessBuilder(javaJar("check", "--threads", "1", trusts.toString(), "-o", "json=" + out.resolve("r.json"),
                "-o", "csv=" + out.resolve("m.csv"))).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (isEmpty(out) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(p.isAlive()).as("still checking when interrupted").isTrue();
        assertThat(isEmpty(out)).as("a temporary output file exists while the run goes on").isFalse();
        p.destroy(); // SIGTERM, as a kill or a closed terminal sends; the JVM runs its shutdown hooks
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (var left = Files.list(out)) {
            assertThat(left.toList()).as("no hidden temporary files, and no half-written report").isEmpty();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
