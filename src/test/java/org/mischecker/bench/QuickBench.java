package org.mischecker.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/** Rough in-process split of per-file cost: parsing alone vs the rule session. */
public final class QuickBench {
    public static void main(String[] args) throws Exception {
        SchemePacks packs = SchemePacks.fromDirectory(Path.of("rules"));
        RuleBook book = args.length > 2 && args[2].equals("mvel") ? RuleBook.compile(packs.year(4)) : RuleBook.build(packs.year(4));
        System.out.println("precompiled: " + book.precompiled());
        EvidenceLoader loader = new EvidenceLoader(packs);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.sorted().limit(Integer.parseInt(args[1])).toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f));
        }
        for (int round = 0; round < Integer.parseInt(System.getProperty("rounds", "3")); round++) {
            long t0 = System.nanoTime();
            List<Evidence> parsed = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                parsed.add(loader.parse(files.get(i).toString(), texts.get(i)));
            }
            long t1 = System.nanoTime();
            for (Evidence e : parsed) {
                book.check(e);
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: parse %.0f us/file, rules+report %.0f us/file%n", round,
                    (t1 - t0) / 1e3 / texts.size(), (t2 - t1) / 1e3 / texts.size());
        }
    }
}
