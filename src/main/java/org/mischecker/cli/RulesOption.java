package org.mischecker.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mischecker.check.RuleBooks;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR}, shared by every command that reads the rule packs: the packs of a folder
 * being edited, instead of those built into the jar (whose rules may already be building in the
 * background, see {@link RulesPreload}).
 */
final class RulesOption implements UsesRules {

    private RulesPreload preload = RulesPreload.none();

    @Override
    public void preload(RulesPreload preload) {
        this.preload = preload;
    }

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load the rule packs from DIR (for example rules/) instead of those built into the jar; DRL errors then name file and line.")
    Path dir;

    RuleBooks ruleBooks() {
        if (dir == null) {
            return preload.get().orElseGet(RuleBooks::shipped);
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageError("--rules " + dir + " is not a folder; expected the rule packs' folder, for example rules/");
        }
        return RuleBooks.fromDirectory(dir);
    }
}
