package org.mischecker.cli;

import org.mischecker.check.RuleBooks;
import org.mischecker.rules.RuleBook;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every command that works on one scheme year shares: which year, and where its rule pack is. */
final class SchemeYearOptions {

    @Mixin
    RulesOption rules;

    @Option(names = "--scheme-year", defaultValue = "4", paramLabel = "YEAR", description = "Scheme year (default: ${DEFAULT-VALUE}).")
    int year;

    /** The year's standards' rules, built. */
    RuleBook ruleBook() {
        RuleBooks books = rules.ruleBooks();
        requireYear(books.packs());
        return books.ruleBook(year);
    }

    /** The year's pack (thresholds and evidence catalogue) without building its rules. */
    SchemeYear pack() {
        SchemePacks packs = rules.dir == null ? SchemePacks.fromClasspath() : rules.ruleBooks().packs();
        requireYear(packs);
        return packs.year(year);
    }

    private void requireYear(SchemePacks packs) {
        if (!packs.years().containsKey(year)) {
            throw new UsageError("no rule pack for scheme year " + year + "; expected one of "
                    + String.join(", ", packs.years().keySet().stream().map(String::valueOf).toList()));
        }
    }
}
