package org.mischecker.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.scheme.EvidenceSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mis schema}: prints the JSON Schema of a scheme year's evidence file, for editors that validate YAML as it is typed. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print a JSON Schema (draft 2020-12) of the evidence file for a scheme year, generated from its "
                + "evidence catalogue. Point an editor at it, for example with a first line "
                + "'# yaml-language-server: $schema=mis-evidence-y4.schema.json'.")
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SchemeYearOptions yearOptions;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(EvidenceSchema.json(yearOptions.pack()));
        return ExitCode.SUCCESS.code();
    }
}
