package org.mischecker.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.check.RuleBooks;
import org.mischecker.rules.PackStatus;
import org.mischecker.scheme.PackCopy;
import org.mischecker.scheme.SchemePacks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mis pack new --year N --from M}: a new year's pack copied from another, every value and standard GAP until filled in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a scheme year's rule pack from another year's: the same actions, evidence keys, rules and intents,",
                "with every value reset to GAP (its old value kept in its source) and every standard's confidence GAP,",
                "so it judges nothing until its author fills it in from the new guidance. Never writes over a pack."})
final class PackNewCommand implements Callable<Integer>, DocumentedExits {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "N", description = "The new scheme year.")
    int year;

    @Option(names = "--from", required = true, paramLabel = "M", description = "The scheme year to copy.")
    int from;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules folder to write the pack into (default: ${DEFAULT-VALUE}); year M is read from it, or from the packs"
                    + " built into the jar when it has none.")
    Path rulesDir;

    @Override
    public Map<String, String> exitCodes() {
        return ExitCodes.TOOL;
    }

    @Override
    public Integer call() throws IOException {
        if (year < 1 || year > 99 || year == from) {
            throw new UsageError("--year " + year + " is not a new scheme year; expected a year from 1 to 99 other than --from " + from);
        }
        Path source = rulesDir.resolve("y" + from);
        if (!Files.isDirectory(source)) {
            source = SchemePacks.classpathRoot().resolve("y" + from);
            if (!Files.isDirectory(source)) {
                throw new UsageError("no pack for scheme year " + from + " in " + rulesDir + " or in the jar; expected --from one of "
                        + SchemePacks.fromClasspath().years().keySet());
            }
        }
        Path target = rulesDir.resolve("y" + year);
        if (Files.exists(target)) {
            throw new UsageError(target + " already exists; mis pack new never writes over a pack (choose another --year or --rules)");
        }
        PackCopy.Summary copied = PackCopy.copy(source, from, target, year);
        PackStatus status = RuleBooks.fromDirectory(rulesDir).ruleBook(year).status();
        spec.commandLine().getOut().println("Wrote " + target + " from scheme year " + from + ": " + copied.values() + " values and "
                + status.standards() + " standards set to GAP (unknown), so it judges nothing until they are filled in. Status: "
                + status.status().word() + ".");
        spec.commandLine().getOut().println("Next: fill in thresholds.yaml and each standard's @confidence from the year " + year
                + " guidance, write its cases in " + target.resolve("cases") + ", then run: mis pack check " + target);
        return ExitCode.SUCCESS.code();
    }
}
