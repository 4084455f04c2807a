package org.mischecker.cli;

import java.nio.file.Path;
import org.mischecker.scheme.SchemeException;
import org.mischecker.scheme.SchemePacks;
import org.mischecker.scheme.SchemeYear;
import picocli.CommandLine;

/**
 * One scheme year's pack for the commands that need only its data (schema, init), not its rules:
 * either the year, or the exit code after the one-line message that said why not.
 */
record SchemePack(SchemeYear scheme, ExitCode failure) {

    static SchemePack load(CommandLine.Model.CommandSpec spec, Path rulesDir, int year) {
        String command = "mis " + spec.name();
        SchemePacks packs;
        try {
            packs = rulesDir == null ? SchemePacks.fromClasspath() : SchemePacks.fromDirectory(rulesDir);
        } catch (SchemeException e) {
            spec.commandLine().getErr().println(command + ": the rule packs cannot be loaded: " + e.getMessage());
            return new SchemePack(null, ExitCode.INTERNAL_ERROR);
        }
        if (!packs.years().containsKey(year)) {
            spec.commandLine().getErr().println(command + ": no rule pack for scheme year " + year + "; expected one of "
                    + String.join(", ", packs.years().keySet().stream().map(String::valueOf).toList()));
            return new SchemePack(null, ExitCode.INVALID_INPUT);
        }
        return new SchemePack(packs.year(year), null);
    }
}
