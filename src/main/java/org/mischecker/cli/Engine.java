package org.mischecker.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mischecker.evidence.AsOfFilter;
import org.mischecker.evidence.Evidence;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.report.AsOf;
import org.mischecker.report.TrustReport;
import org.mischecker.rules.ChallengeBook;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;

/**
 * Evidence file in, report out: loads the rule packs, builds each year's KieBases once (on first
 * use) and reuses them for every file in the process. Two stages: the standards' rules judge the
 * evidence; then the challenge rules ask the board's questions of the evidence and that report.
 * With a board date ({@code asOf}), documents dated after it are left out first (see {@link AsOfFilter}).
 */
public final class Engine {

    private final SchemePacks packs;
    private final EvidenceLoader loader;
    private final LocalDate asOf;
    private final Map<Integer, RuleBook> books = new ConcurrentHashMap<>();
    private final Map<Integer, ChallengeBook> challenges = new ConcurrentHashMap<>();

    public Engine(SchemePacks packs, long maxFileBytes) {
        this(packs, maxFileBytes, null);
    }

    /** @param asOf the board date for the picture on that day, or null for the whole evidence */
    public Engine(SchemePacks packs, long maxFileBytes, LocalDate asOf) {
        this.packs = packs;
        this.loader = new EvidenceLoader(packs, maxFileBytes);
        this.asOf = asOf;
    }

    public static Engine fromRulesDir(Path rulesDir, long maxFileBytes) {
        return fromRulesDir(rulesDir, maxFileBytes, null);
    }

    public static Engine fromRulesDir(Path rulesDir, long maxFileBytes, LocalDate asOf) {
        return new Engine(rulesDir == null ? SchemePacks.fromClasspath() : SchemePacks.fromDirectory(rulesDir), maxFileBytes, asOf);
    }

    /** The shipped rules built while the command line was parsed, when there are some and no --rules DIR. */
    static Engine create(Path rulesDir, long maxFileBytes, LocalDate asOf, RulesPreload preload) {
        if (rulesDir == null) {
            java.util.Optional<RulesPreload.Loaded> loaded = preload.get();
            if (loaded.isPresent()) {
                Engine engine = new Engine(loaded.get().packs(), maxFileBytes, asOf);
                engine.books.putAll(loaded.get().books());
                engine.challenges.putAll(loaded.get().challenges());
                return engine;
            }
        }
        return fromRulesDir(rulesDir, maxFileBytes, asOf);
    }

    public SchemePacks packs() {
        return packs;
    }

    public RuleBook ruleBook(int year) {
        return books.computeIfAbsent(year, y -> RuleBook.build(packs.year(y)));
    }

    public ChallengeBook challengeBook(int year) {
        return challenges.computeIfAbsent(year, y -> ChallengeBook.build(packs.year(y)));
    }

    public TrustReport check(Path file) throws EvidenceException {
        return check(loader.load(file));
    }

    /** Both stages over evidence already loaded. */
    public TrustReport check(Evidence loaded) {
        SchemeYear scheme = packs.year(loaded.schemeYear());
        AsOfFilter.Result filtered = asOf == null ? null : AsOfFilter.filter(loaded, asOf);
        Evidence evidence = filtered == null ? loaded : filtered.evidence();
        TrustReport report = ruleBook(evidence.schemeYear()).check(evidence);
        if (filtered != null) {
            report = report.withAsOf(new AsOf(asOf, scheme.parameter("declaration.deadline")
                    .orElseThrow(() -> new IllegalStateException("scheme year " + scheme.year() + " has no declaration.deadline"))
                    .dateTime(), filtered.documentsLeftOut(), filtered.figuresLeftOut(), filtered.declarationsUnsupported()));
        }
        return challengeBook(evidence.schemeYear()).challenge(evidence, report);
    }
}
