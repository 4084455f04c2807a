package org.mischecker.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.check.PackDiff;
import org.mischecker.check.RuleBooks;
import org.mischecker.scheme.Parameter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mis pack diff M N}: what changed between two scheme years' packs, standard by intent and value by value. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed between two scheme years' packs: standards added, removed or relettered (paired by intent),"
                + " and the thresholds, time limits and periods they rest on that changed.")
final class PackDiffCommand implements Callable<Integer>, DocumentedExits {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "M", description = "The earlier scheme year (4, or y4).")
    String from;

    @Parameters(index = "1", paramLabel = "N", description = "The later scheme year (5, or y5).")
    String to;

    @Mixin
    RulesOption rules;

    @Override
    public Map<String, String> exitCodes() {
        return ExitCodes.TOOL;
    }

    @Override
    public Integer call() {
        RuleBooks books = rules.ruleBooks();
        int m = year(from, books);
        int n = year(to, books);
        PackDiff diff = PackDiff.between(books.ruleBook(m), books.ruleBook(n));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Scheme year " + m + " (" + books.ruleBook(m).status().info().banner() + ")");
        out.println("  against year " + n + " (" + books.ruleBook(n).status().info().banner() + ")");
        out.println();
        out.println("Standards, paired by intent:");
        for (PackDiff.Pairing p : diff.standards()) {
            String was = p.from() == null ? "-" : p.from().id();
            String now = p.to() == null ? "-" : p.to().id();
            out.printf("  %-11s %-26s %-7s -> %-7s %s%n", label(p.change()), p.intent() == null ? "(no intent)" : p.intent(), was, now,
                    (p.to() != null ? p.to() : p.from()).title());
        }
        out.println();
        out.println("Values the paired standards rest on that changed (" + diff.values().size() + "):");
        if (diff.values().isEmpty()) {
            out.println("  none");
        }
        for (PackDiff.ValueChange v : diff.values()) {
            out.printf("  %-26s %s: %s -> %s%n", v.intent(), v.key(), shown(v.from(), m), shown(v.to(), n));
        }
        return ExitCode.SUCCESS.code();
    }

    private static String label(PackDiff.Change c) {
        return switch (c) {
            case SAME -> "same";
            case RELETTERED -> "relettered";
            case ADDED -> "added";
            case REMOVED -> "removed";
            case NO_INTENT -> "unpaired";
        };
    }

    private static String shown(Parameter p, int year) {
        return p == null ? "(not used in year " + year + ")" : p.display() + " [" + p.confidence().tag() + "]";
    }

    private static int year(String text, RuleBooks books) {
        String digits = text.startsWith("y") ? text.substring(1) : text;
        int year;
        try {
            year = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new UsageError("'" + text + "' is not a scheme year; expected a number such as 4 (or y4)");
        }
        if (!books.packs().years().containsKey(year)) {
            throw new UsageError("no rule pack for scheme year " + year + "; expected one of " + books.packs().years().keySet());
        }
        return year;
    }
}
