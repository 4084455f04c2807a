package org.mischecker.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mischecker.evidence.Evidence;
import org.mischecker.rules.ChallengeBook;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;

/**
 * The rule packs and each scheme year's two rule stages, built once per process on first use and
 * shared by every check (and every thread). Either the packs shipped in the jar, or those of a
 * folder being edited ({@code --rules DIR}), whose DRL errors then name file and line.
 */
public final class RuleBooks {

    private final SchemePacks packs;
    private final Map<Integer, RuleBook> standards = new ConcurrentHashMap<>();
    private final Map<Integer, ChallengeBook> challenges = new ConcurrentHashMap<>();

    private RuleBooks(SchemePacks packs) {
        this.packs = packs;
    }

    /** The packs shipped in the jar. */
    public static RuleBooks shipped() {
        return new RuleBooks(SchemePacks.fromClasspath());
    }

    /** The packs of a folder such as {@code rules/}. */
    public static RuleBooks fromDirectory(Path rulesDir) {
        return new RuleBooks(SchemePacks.fromDirectory(rulesDir));
    }

    /** {@link #fromDirectory} when a folder is given, else {@link #shipped}. */
    public static RuleBooks of(Path rulesDirOrNull) {
        return rulesDirOrNull == null ? shipped() : fromDirectory(rulesDirOrNull);
    }

    /**
     * Builds every year's rules now and runs one empty file through both stages, so the first real
     * file finds its classes loaded: what a background start-up thread calls.
     */
    public RuleBooks warmed() {
        for (Integer year : packs.years().keySet()) {
            Evidence empty = new Evidence("warm-up", year, "", "", Map.of(), List.of(), List.of());
            challengeBook(year).challenge(empty, ruleBook(year).check(empty));
        }
        return this;
    }

    public SchemePacks packs() {
        return packs;
    }

    /** The standards' rules of a year. */
    public RuleBook ruleBook(int year) {
        return standards.computeIfAbsent(year, y -> RuleBook.build(packs.year(y)));
    }

    /** The board's challenge questions of a year. */
    public ChallengeBook challengeBook(int year) {
        return challenges.computeIfAbsent(year, y -> ChallengeBook.build(packs.year(y)));
    }
}
