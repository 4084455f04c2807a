package org.mischecker.cli;

import java.nio.file.Path;
import org.mischecker.rules.RuleBook;
import org.mischecker.rules.RuleBuildException;
import org.mischecker.scheme.SchemeException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that works on one scheme year shares: which year, and where its rule pack is. */
final class SchemeYearOptions implements UsesRules {

    private RulesPreload preload = RulesPreload.none();

    @Override
    public void preload(RulesPreload preload) {
        this.preload = preload;
    }


    @Option(names = "--scheme-year", defaultValue = "4", paramLabel = "YEAR", description = "Scheme year (default: ${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--rules", paramLabel = "DIR", description = "Load the rule packs from DIR instead of those built into the jar.")
    Path rulesDir;

    /** The year's rules, or the exit code after the one-line message that said why not. */
    record Rules(RuleBook book, ExitCode failure) {
    }

    Rules loadRules(CommandLine.Model.CommandSpec spec) {
        String command = "mis " + spec.name();
        try {
            Engine engine = Engine.create(rulesDir, 0, null, preload);
            if (!engine.packs().years().containsKey(year)) {
                spec.commandLine().getErr().println(command + ": no rule pack for scheme year " + year + "; expected one of "
                        + String.join(", ", engine.packs().years().keySet().stream().map(String::valueOf).toList()));
                return new Rules(null, ExitCode.INVALID_INPUT);
            }
            return new Rules(engine.ruleBook(year), null);
        } catch (SchemeException | RuleBuildException e) {
            spec.commandLine().getErr().println(command + ": the rules cannot be loaded: " + e.getMessage());
            return new Rules(null, ExitCode.INTERNAL_ERROR);
        }
    }

    SchemePack loadPack(CommandLine.Model.CommandSpec spec) {
        return SchemePack.load(spec, rulesDir, year);
    }
}
