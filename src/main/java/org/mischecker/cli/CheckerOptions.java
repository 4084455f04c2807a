package org.mischecker.cli;

import java.time.LocalDate;
import org.mischecker.check.Checker;
import org.mischecker.evidence.EvidenceLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of every command that checks evidence files: where the rules are, and how large a file may be. */
final class CheckerOptions {

    @Mixin
    RulesOption rules;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + EvidenceLoader.DEFAULT_MAX_BYTES,
            description = "Refuse evidence files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--allow-draft", description = "Also check files whose scheme year's rule pack is a draft (values not known);"
            + " its verdicts are not to be relied on.")
    boolean allowDraft;

    /** @param asOf the board date, or null for the whole evidence */
    Checker checker(LocalDate asOf) {
        if (maxFileBytes < 1) {
            throw new UsageError("--max-file-size " + maxFileBytes + " is not a size; expected a number of bytes, 1 or more");
        }
        Checker checker = Checker.of(rules.ruleBooks(), maxFileBytes, asOf);
        return allowDraft ? checker.allowingDraftPacks() : checker;
    }
}
