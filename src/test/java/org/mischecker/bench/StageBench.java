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

/** Steady-state cost of each stage of a check, per file, one thread (a diagnostic, not CI's benchmark). */
public final class StageBench {
    public static void main(String[] args) throws Exception {
        SchemePacks packs = SchemePacks.fromClasspath();
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
        for (int round = 0; round < Integer.parseInt(System.getProperty("rounds", "5")); round++) {
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
            StringBuilder line = new StringBuilder(String.format("round %d: parse %4.0f  standards %4.0f  questions %4.0f", round,
                    (t1 - t0) / 1e3 / texts.size(), (t2 - t1) / 1e3 / texts.size(), (t3 - t2) / 1e3 / texts.size()));
            for (String format : List.of("text", "csv", "junit", "json")) {
                long r0 = cpu.getCurrentThreadCpuTime();
                ReportWriter w = renderers.get(format).orElseThrow().open(Writer.nullWriter(), asked.size());
                for (TrustReport r : asked) {
                    w.report(r);
                }
                w.finish();
                line.append(String.format("  %s %4.0f", format, (cpu.getCurrentThreadCpuTime() - r0) / 1e3 / asked.size()));
            }
            System.out.println(line.append("  us/file (thread CPU)"));
        }
    }
}
