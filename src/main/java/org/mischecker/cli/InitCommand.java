package org.mischecker.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.scheme.EvidenceTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mis init [FILE]}: a blank, commented evidence file for a scheme year, never written over an existing file. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a blank evidence file for a scheme year: every action and key present but empty, each "
                + "with a comment saying what it measures. Writes to standard output, or to FILE if it does not exist yet.")
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A new file to write (never overwritten).")
    Path file;

    @CommandLine.Mixin
    SchemeYearOptions yearOptions;

    @Override
    public Integer call() {
        String template = EvidenceTemplate.of(yearOptions.pack());
        if (file == null) {
            spec.commandLine().getOut().print(template);
            return ExitCode.SUCCESS.code();
        }
        try {
            // CREATE_NEW refuses an existing file atomically: a trust's filled-in evidence is never lost.
            Files.writeString(file, template, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            spec.commandLine().getErr().println("mis init: " + file + " already exists; expected a new file name "
                    + "(mis init never overwrites a file)");
            return ExitCode.INVALID_INPUT.code();
        } catch (IOException e) {
            spec.commandLine().getErr().println("mis init: cannot write " + file + " (" + e.getMessage() + ")");
            return ExitCode.INVALID_INPUT.code();
        }
        spec.commandLine().getOut().println("Wrote a blank scheme year " + yearOptions.pack().year() + " evidence file to " + file
                + "; fill it in, then run: mis check " + file);
        return ExitCode.SUCCESS.code();
    }
}
