package org.mischecker.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.mischecker.check.RuleBooks;

/**
 * Loads the rule packs shipped in the jar and builds their rules on a second core while the
 * command line is still being parsed, then runs one empty file through them so the first real
 * file finds its classes loaded. About a third of a one-file check is spent before the command
 * runs (JVM, picocli), and about as much building the rules: overlapping them is most of the way
 * to a half-second start. Used only by commands that check with the shipped rules; anything that
 * goes wrong here is ignored, and the command builds the rules itself and reports the problem.
 */
final class RulesPreload {

    private static final Set<String> COMMANDS_USING_RULES = Set.of("check", "explain", "diff", "generate");

    private final CompletableFuture<RuleBooks> loading;

    private RulesPreload(CompletableFuture<RuleBooks> loading) {
        this.loading = loading;
    }

    static RulesPreload none() {
        return new RulesPreload(null);
    }

    /** Starts loading when the arguments name a command that will use the shipped rules. */
    static RulesPreload startFor(String[] args) {
        boolean usesShippedRules = args.length > 0 && COMMANDS_USING_RULES.contains(args[0])
                && List.of(args).stream().noneMatch(a -> a.equals("--rules") || a.startsWith("--rules=")
                        || a.equals("-h") || a.equals("--help"));
        if (!usesShippedRules) {
            return none();
        }
        CompletableFuture<RuleBooks> loading = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                loading.complete(RuleBooks.shipped().warmed());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "mis-preload");
        t.setDaemon(true);
        t.start();
        return new RulesPreload(loading);
    }

    /** The preloaded rules, once ready; empty when nothing was preloaded or preloading failed. */
    Optional<RuleBooks> get() {
        if (loading == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(loading.join());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
