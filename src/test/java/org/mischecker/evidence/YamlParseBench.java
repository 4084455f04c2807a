package org.mischecker.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Steady-state cost of reading evidence YAML into a tree, per file, one thread: the fast reader
 * (as YamlTree.parse runs it) against the Jackson path, alternating rounds so a busy machine slows
 * both alike (a diagnostic, not CI's benchmark).
 *
 * <p>Run: {@code java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
 * org.mischecker.evidence.YamlParseBench DIR [FILES]}
 */
public final class YamlParseBench {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path f : s.sorted().limit(args.length > 1 ? Integer.parseInt(args[1]) : Long.MAX_VALUE).toList()) {
                texts.add(Files.readString(f));
            }
        }
        int declined = 0;
        for (String t : texts) {
            if (BlockYamlReader.read("bench.yaml", t, new ArrayList<>()) == null) {
                declined++;
            }
        }
        System.out.printf("%d files, %d declined by the fast reader%n", texts.size(), declined);
        long sink = 0;
        for (int round = 0; round < Integer.getInteger("rounds", 8); round++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += YamlTree.parse("bench.yaml", t, new ArrayList<>()).at().line();
            }
            long t1 = System.nanoTime();
            for (String t : texts) {
                sink += YamlTree.parseWithJackson("bench.yaml", t, new ArrayList<>()).at().line();
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: fast %5.0f  jackson %5.0f  us/file%n", round,
                    (t1 - t0) / 1e3 / texts.size(), (t2 - t1) / 1e3 / texts.size());
        }
        System.out.println(sink == -1 ? "" : "done");
    }
}
