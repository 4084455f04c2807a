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

    @Option(names = "--scheme-year", paramLabel = "YEAR",
            description = "Scheme year (default: the newest year whose rule pack is not a draft).")
    Integer year;

    /** The year's standards' rules, built. */
    RuleBook ruleBook() {
        RuleBooks books = rules.ruleBooks();
        return books.ruleBook(chosen(books.packs()));
    }

    /** The year's pack (thresholds and evidence catalogue) without building its rules. */
    SchemeYear pack() {
        SchemePacks packs = rules.dir == null ? SchemePacks.fromClasspath() : rules.ruleBooks().packs();
        return packs.year(chosen(packs));
    }

    /** The year asked for, or the newest whose values are all known (a draft is used only when asked for by year). */
    int chosen(SchemePacks packs) {
        if (year == null) {
            return packs.years().values().stream().filter(y -> y.unknownParameters().isEmpty()).mapToInt(SchemeYear::year).max()
                    .orElseThrow(() -> new UsageError("every rule pack is a draft; expected --scheme-year YEAR to name one of "
                            + packs.years().keySet()));
        }
        requireYear(packs);
        return year;
    }

    private void requireYear(SchemePacks packs) {
        if (!packs.years().containsKey(year)) {
            throw new UsageError("no rule pack for scheme year " + year + "; expected one of "
                    + String.join(", ", packs.years().keySet().stream().map(String::valueOf).toList()));
        }
    }
}
