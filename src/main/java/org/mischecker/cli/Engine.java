package org.mischecker.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.report.TrustReport;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/**
 * Evidence file in, report out: loads the rule packs, builds each year's KieBase once (on first
 * use) and reuses it for every file in the process.
 */
public final class Engine {

    private final SchemePacks packs;
    private final EvidenceLoader loader;
    private final Map<Integer, RuleBook> books = new ConcurrentHashMap<>();

    public Engine(SchemePacks packs, long maxFileBytes) {
        this.packs = packs;
        this.loader = new EvidenceLoader(packs, maxFileBytes);
    }

    public static Engine fromRulesDir(Path rulesDir, long maxFileBytes) {
        return new Engine(rulesDir == null ? SchemePacks.fromClasspath() : SchemePacks.fromDirectory(rulesDir), maxFileBytes);
    }

    public SchemePacks packs() {
        return packs;
    }

    public RuleBook ruleBook(int year) {
        return books.computeIfAbsent(year, y -> RuleBook.build(packs.year(y)));
    }

    public TrustReport check(Path file) throws EvidenceException {
        Evidence evidence = loader.load(file);
        return ruleBook(evidence.schemeYear()).check(evidence);
    }
}
