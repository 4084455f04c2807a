package org.mischecker.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.mischecker.check.Checker;
import org.mischecker.check.RuleBooks;
import org.mischecker.cli.Watch;

/**
 * mis check --watch latency and memory (bench/watch.sh): a watch of a copy of the riverside example
 * writing HTML and JSON, in this process; the file is saved by rename (as most editors do), each
 * save alternating two versions, and the next save waits for the check of the last. Reports, after
 * warm-up, the re-check time (check + both outputs written) and the save-to-outputs time (that, the
 * file-system event and the 20 ms quiet period that groups a burst of events into one save), as
 * median and range; and the heap in use after a full GC every 100 saves, to show it stays flat.
 *
 * <p>Usage: WatchBench [SAVES] (default 1000; warm-up 50 more).
 */
public final class WatchBench {

    private WatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = 50;
        Path dir = Files.createTempDirectory("mis-watch-bench-");
        Path evidence = dir.resolve("trust.yaml");
        String a = Files.readString(Path.of("evidence-examples/riverside-fails-three.yaml"));
        String b = a.replace("reviewStartedInTime: {numerator: 41,", "reviewStartedInTime: {numerator: 42,");
        Files.writeString(evidence, a);
        AtomicReference<Watch.Checked> last = new AtomicReference<>();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Watch watch = Watch.of(Checker.of(RuleBooks.shipped()), evidence, Map.of("html", dir.resolve("report.html"),
                "json", dir.resolve("report.json")), quiet, quiet).onChecked(last::set);
        Thread t = new Thread(() -> {
            try {
                watch.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "watch");
        t.start();
        await(last, 1);
        List<Long> check = new ArrayList<>();
        List<Long> saveToOutput = new ArrayList<>();
        List<Long> heap = new ArrayList<>();
        for (int i = 1; i <= warmup + saves; i++) {
            if (i == warmup + 1 || (i > warmup && (i - warmup) % 100 == 0)) {
                heap.add(usedAfterGc());
            }
            Path temp = dir.resolve(".trust.yaml.swp");
            Files.writeString(temp, i % 2 == 0 ? a : b);
            long saved = System.nanoTime();
            Files.move(temp, evidence, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Watch.Checked c = await(last, i + 1);
            if (i > warmup) {
                check.add(c.checkNanos());
                saveToOutput.add(c.finishedAtNanos() - saved);
            }
        }
        heap.add(usedAfterGc());
        watch.stop();
        t.join();
        System.out.printf("saves: %d after %d to warm up; outputs: html, json%n", saves, warmup);
        System.out.println("re-check (check + outputs written): " + summary(check));
        System.out.println("save to outputs written (incl. the file event and 20 ms quiet): " + summary(saveToOutput));
        System.out.println("heap in use after GC, every 100 saves (MB): "
                + String.join(" ", heap.stream().map(h -> String.format("%.1f", h / 1048576.0)).toList()));
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static Watch.Checked await(AtomicReference<Watch.Checked> last, int number) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (last.get() == null || last.get().number() < number) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("no check " + number + " within 30 s");
            }
            Thread.onSpinWait();
        }
        return last.get();
    }

    private static long usedAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String summary(List<Long> nanos) {
        List<Long> s = nanos.stream().sorted().toList();
        return String.format("median %.1f ms, p90 %.1f ms, range %.1f to %.1f ms", ms(s.get(s.size() / 2)),
                ms(s.get((int) (s.size() * 0.9))), ms(s.get(0)), ms(s.get(s.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
