package org.mischecker.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.generate.EvidenceGenerator;
import org.mischecker.rules.RuleBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mis generate --trusts N --seed S DIR}: synthetic evidence files for load tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write N synthetic, realistic evidence files (figures drawn around each threshold) to DIR; the same seed gives the same files.")
final class GenerateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--trusts", required = true, paramLabel = "N", description = "How many trusts.")
    int trusts;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Mixin
    SchemeYearOptions yearOptions;

    @Parameters(paramLabel = "DIR", description = "Folder to write trust-00001.yaml ... into (created if missing; existing files are never overwritten).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (trusts < 1) {
            err.println("mis generate: --trusts must be at least 1");
            return ExitCode.INVALID_INPUT.code();
        }
        RuleBook book = yearOptions.ruleBook();
        EvidenceGenerator generator = new EvidenceGenerator(book.scheme(), book.catalogue());
        ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
        int width = Math.max(5, String.valueOf(trusts).length());
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < trusts; i++) {
                Path file = dir.resolve(String.format("trust-%0" + width + "d.yaml", i + 1));
                byte[] text = ("# Synthetic evidence (mis generate --seed " + seed + "), trust " + (i + 1) + "\n"
                        + yaml.writeValueAsString(generator.trust(seed, i))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                Files.write(file, text, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            err.println("mis generate: " + e.getFile() + " already exists; choose an empty folder (files are never overwritten)");
            return ExitCode.INVALID_INPUT.code();
        } catch (IOException e) {
            err.println("mis generate: cannot write to " + dir + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        spec.commandLine().getOut().println("wrote " + trusts + " evidence files to " + dir);
        return ExitCode.SUCCESS.code();
    }
}
