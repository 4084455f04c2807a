package org.mischecker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.check.PackCases;
import org.mischecker.check.PackCheck;
import org.mischecker.check.RuleBooks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mis pack ...}: writing and checking a scheme year's rule pack is a supported job (the people
 * who hold a year's guidance are the trusts' own governance teams). See rules/README.md.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Write and check scheme-year rule packs: pack check DIR, pack new --year N --from M, pack diff M N.",
        subcommands = {PackCommand.Check.class, PackNewCommand.class, PackDiffCommand.class})
final class PackCommand implements Callable<Integer>, DocumentedExits {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Map<String, String> exitCodes() {
        return ExitCodes.TOOL;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("mis pack: a subcommand is needed: check, new or diff");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }

    /** {@code mis pack check DIR}: lint a pack folder (or every pack of a rules folder) and run its cases. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check a rule pack: its metadata, thresholds, intents and status, that its cases test every standard"
                    + " (met, not met, no evidence), and the cases themselves.",
                    "DIR is a pack folder (rules/y4) or a rules folder holding several (rules/)."})
    static final class Check implements Callable<Integer>, DocumentedExits {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "A pack folder such as rules/y4, or a rules folder such as rules/.")
        Path dir;

        @Override
        public Map<String, String> exitCodes() {
            return ExitCodes.PACK_CHECK;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path rulesDir;
            List<Integer> years;
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            if (name.matches("y\\d+") && Files.isDirectory(dir)) {
                rulesDir = dir.getParent() != null ? dir.getParent() : dir.toAbsolutePath().getParent();
                years = List.of(Integer.parseInt(name.substring(1)));
            } else if (Files.isDirectory(dir)) {
                rulesDir = dir;
                years = null;
            } else {
                throw new UsageError(dir + " is not a folder; expected a pack folder (rules/y4) or a rules folder (rules/)");
            }
            RuleBooks rules = RuleBooks.fromDirectory(rulesDir);
            boolean allPassed = true;
            for (int year : years == null ? List.copyOf(rules.packs().years().keySet()) : years) {
                if (!rules.packs().years().containsKey(year)) {
                    throw new UsageError(dir + " holds no pack for scheme year " + year);
                }
                PackCheck.Report report = PackCheck.of(rules, year, rulesDir.resolve("y" + year));
                allPassed &= report.passed();
                print(out, rulesDir.resolve("y" + year), report);
            }
            return allPassed ? ExitCode.SUCCESS.code() : ExitCode.NOT_ALL_MET.code();
        }

        private static void print(PrintWriter out, Path packDir, PackCheck.Report r) {
            out.println(packDir + ": " + r.status().info().banner());
            int standards = r.status().standards();
            out.println("  " + standards + " standards; " + r.cases().size() + " cases: " + (r.cases().size() - r.failed().size())
                    + " passed, " + r.failed().size() + " failed");
            for (PackCases.Result f : r.failed()) {
                out.println("  FAILED " + f.c().where() + " " + f.c().name());
                f.failures().forEach(x -> out.println("      " + x));
            }
            if (r.problems().isEmpty()) {
                out.println("  no problems found in the pack");
            } else {
                out.println("  " + r.problems().size() + (r.problems().size() == 1 ? " problem:" : " problems:"));
                r.problems().forEach(p -> out.println("    " + p));
            }
        }
    }
}
