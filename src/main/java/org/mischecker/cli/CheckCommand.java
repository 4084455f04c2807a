package org.mischecker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.Problem;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.Renderer;
import org.mischecker.report.render.Renderers;
import org.mischecker.rules.RuleBuildException;
import org.mischecker.scheme.SchemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mis check FILE...}: evaluates evidence files and prints the report. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check evidence files (YAML) against every standard of the ten safety actions.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Evidence files (.yaml or .yml).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE (atomically: a temporary file, then renamed) instead of standard output.")
    Path output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load the rule packs from DIR (for example rules/) instead of those built into the jar; DRL errors then name file and line.")
    Path rulesDir;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + EvidenceLoader.DEFAULT_MAX_BYTES,
            description = "Refuse evidence files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--colour", negatable = true, description = "Colour the text report (default: only when standard output is a terminal).")
    Boolean colour;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    /** Lists the formats for --help and validation, from the renderer registry itself. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(new Renderers(false).names());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean useColour = output == null && (colour != null ? colour : System.console() != null
                && CommandLine.Help.Ansi.AUTO.enabled());
        Renderer renderer = new Renderers(useColour).get(format).orElse(null);
        if (renderer == null) {
            err.println("mis check: unknown format '" + format + "'; expected one of " + new Renderers(false).names());
            return ExitCode.INVALID_INPUT.code();
        }
        Engine engine;
        try {
            engine = Engine.fromRulesDir(rulesDir, maxFileBytes);
        } catch (SchemeException e) {
            err.println("mis: the rule packs cannot be read: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        }
        List<Path> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(Path::toString));
        List<TrustReport> reports = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        try {
            for (Path file : sorted) {
                try {
                    reports.add(engine.check(file));
                } catch (EvidenceException e) {
                    errors.add(new FileError(file.toString(), e.problems().stream().map(Problem::toString).toList()));
                }
            }
        } catch (RuleBuildException e) {
            err.println("mis: the rules do not build:");
            e.messages().forEach(m -> err.println("  " + m));
            return ExitCode.INTERNAL_ERROR.code();
        } catch (SchemeException e) {
            err.println("mis: the rule packs cannot be read: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        }
        for (FileError e : errors) {
            e.problems().forEach(err::println);
        }
        try {
            StringWriter text = new StringWriter();
            renderer.render(reports, errors, text);
            if (output == null) {
                out.print(text);
            } else {
                writeAtomically(output, text.toString());
            }
        } catch (IOException e) {
            err.println("mis: cannot write " + (output == null ? "the report" : output) + ": " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        if (!errors.isEmpty()) {
            return ExitCode.INVALID_INPUT.code();
        }
        return reports.stream().allMatch(TrustReport::meetsScheme) ? ExitCode.ALL_MET.code() : ExitCode.NOT_ALL_MET.code();
    }

    /** An interrupted run leaves the old file or the new one, never half a report. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
