package org.mischecker.bench;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.ReportWriter;
import org.mischecker.report.render.Renderers;
import org.mischecker.rules.ChallengeBook;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/**
 * Steady-state cost of each stage of a check, per file, one thread: a diagnostic for finding where
 * batch time goes, not CI's benchmark (that is bench/jmh.sh). Run, after mvn test-compile and
 * writing the test classpath to target/bench-classpath.txt as bench/jmh.sh does:
 * {@code java -XX:+UseSerialGC -Drounds=15 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
 * org.mischecker.bench.StageBench DIR COUNT} (add {@code -Drules=DIR} to time edited rules).
 */
public final class StageBench {
    public static void main(String[] args) throws Exception {
        SchemePacks packs = System.getProperty("rules") == null ? SchemePacks.fromClasspath()
                : SchemePacks.fromDirectory(Path.of(System.getProperty("rules")));
        RuleBook book = RuleBook.build(packs.year(4));
        ChallengeBook questions = ChallengeBook.build(packs.year(4));
        EvidenceLoader loader = new EvidenceLoader(packs);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().limit(Integer.parseInt(args[1])).toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        Renderers renderers = new Renderers(false);
        // Thread CPU time, not wall time: the figures hold up while other work shares the cores.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        // The least of each stage over the rounds: the steady state, with the JIT settled and the
        // fewest interruptions from whatever else the machine runs.
        java.util.Map<String, Double> least = new java.util.LinkedHashMap<>();
        int rounds = Integer.parseInt(System.getProperty("rounds", "5"));
        for (int round = 0; round < rounds; round++) {
            java.util.Map<String, Double> costs = new java.util.LinkedHashMap<>();
            long t0 = cpu.getCurrentThreadCpuTime();
            List<Evidence> parsed = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                parsed.add(loader.parse(files.get(i).toString(), texts.get(i)));
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            List<TrustReport> reports = new ArrayList<>();
            for (Evidence e : parsed) {
                reports.add(book.check(e));
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            List<TrustReport> asked = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                asked.add(questions.challenge(parsed.get(i), reports.get(i)));
            }
            long t3 = cpu.getCurrentThreadCpuTime();
            costs.put("parse", (t1 - t0) / 1e3 / texts.size());
            costs.put("standards", (t2 - t1) / 1e3 / texts.size());
            costs.put("questions", (t3 - t2) / 1e3 / texts.size());
            for (String format : List.of("text", "csv", "junit", "json")) {
                long r0 = cpu.getCurrentThreadCpuTime();
                ReportWriter w = renderers.get(format).orElseThrow().open(Writer.nullWriter(), asked.size());
                for (TrustReport r : asked) {
                    w.report(r);
                }
                w.finish();
                costs.put(format, (cpu.getCurrentThreadCpuTime() - r0) / 1e3 / asked.size());
            }
            // JSON again, encoded to UTF-8 bytes as a file output is: the encoding is a pass of its own.
            long e0 = cpu.getCurrentThreadCpuTime();
            Writer encoded = new java.io.BufferedWriter(new java.io.OutputStreamWriter(java.io.OutputStream.nullOutputStream(),
                    java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            ReportWriter w = renderers.get("json").orElseThrow().open(encoded, asked.size());
            for (TrustReport r : asked) {
                w.report(r);
            }
            w.finish();
            costs.put("json-utf8", (cpu.getCurrentThreadCpuTime() - e0) / 1e3 / asked.size());
            costs.forEach((stage, us) -> least.merge(stage, us, Math::min));
            System.out.println("round " + round + ": " + line(costs));
        }
        System.out.println("least:    " + line(least) + " (total " + Math.round(least.values().stream().mapToDouble(d -> d).sum()) + ")");
    }

    private static String line(java.util.Map<String, Double> costs) {
        StringBuilder line = new StringBuilder();
        costs.forEach((stage, us) -> line.append(String.format(" %s %4.0f", stage, us)));
        return line.append("  us/file (thread CPU)").toString();
    }
}
