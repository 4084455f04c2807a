package org.mischecker.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.report.TrustReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-file costs of a check, warm, one thread: parsing and validating an evidence file alone,
 * and the full check as {@code mis check} runs it (parse, the standards' rule session and report,
 * then the challenge questions' session). The ratio of the two is the rules' share (bench/jmh.sh
 * prints it). Files are generated trusts, cycled so no single file is cached.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerFileBenchmark {

    private EvidenceLoader loader;
    private Checker checker;
    private final List<String> texts = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        checker = Checker.of(RuleBooks.shipped());
        loader = checker.loader();
        EvidenceGenerator generator = new EvidenceGenerator(checker.packs().year(4), checker.rules().ruleBook(4).catalogue());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (int i = 0; i < 200; i++) {
            texts.add(yaml.writeValueAsString(generator.trust(2026, i)));
        }
    }

    private String nextText() {
        next = (next + 1) % texts.size();
        return texts.get(next);
    }

    @Benchmark
    public Evidence parseOnly() throws Exception {
        return loader.parse("bench.yaml", nextText());
    }

    @Benchmark
    public TrustReport fullCheck() throws Exception {
        return checker.check(loader.parse("bench.yaml", nextText()));
    }
}
