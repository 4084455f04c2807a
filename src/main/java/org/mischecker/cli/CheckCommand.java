package org.mischecker.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mischecker.evidence.EvidenceException;
import org.mischecker.evidence.EvidenceLoader;
import org.mischecker.evidence.Problem;
import org.mischecker.report.FileError;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.Renderer;
import org.mischecker.report.render.Renderers;
import org.mischecker.report.render.ReportWriter;
import org.mischecker.rules.RuleBuildException;
import org.mischecker.scheme.SchemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mis check FILE|DIR...}: evaluates evidence files (folders searched recursively) on all
 * cores and writes one or more outputs, results in path order, streamed as they are ready.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check evidence files (YAML) against every standard of the ten safety actions.",
                "One file gives its full report; several give a summary table (text) or one row per trust."})
final class CheckCommand implements Callable<Integer>, UsesRules {

    private RulesPreload preload = RulesPreload.none();

    @Override
    public void preload(RulesPreload preload) {
        this.preload = preload;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Evidence files, or folders searched recursively for *.yaml and *.yml.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FORMAT[=FILE]",
            description = {"An output, repeatable: FORMAT to standard output or FORMAT=FILE (written atomically).",
                    "Formats: ${COMPLETION-CANDIDATES}."},
            completionCandidates = FormatNames.class)
    List<String> outputs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "Format of the single output when no -o is given (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the --format output to FILE (atomically: a temporary file, then renamed).")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Load the rule packs from DIR (for example rules/) instead of those built into the jar; DRL errors then name file and line.")
    Path rulesDir;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + EvidenceLoader.DEFAULT_MAX_BYTES,
            description = "Refuse evidence files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--colour", negatable = true, description = "Colour the text report (default: only when output goes to a terminal).")
    Boolean colour;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: for long runs at a terminal).")
    Boolean progress;

    @Option(names = "--as-of", paramLabel = "DATE", converter = BoardDate.class,
            description = {"The picture on a board date (YYYY-MM-DD): documents dated after it are left out, with the figures drawn from them;",
                    "the report shows the days left to the declaration deadline and which missing intervals can no longer be met."})
    java.time.LocalDate asOf;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    /** A board date as YYYY-MM-DD, with a message a user can act on (not the parser's exception). */
    static final class BoardDate implements CommandLine.ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            java.time.LocalDate date = org.mischecker.evidence.DateText.day(value);
            if (date == null) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, for example 2022-06-01");
            }
            return date;
        }
    }

    /** Lists the formats for --help, from the renderer registry itself. */
    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(new Renderers(false).names());
        }
    }

    /** One file's outcome: a report, or the problems that stopped it being evaluated. */
    private record Result(TrustReport report, FileError error) {
    }

    /** An output being written, and where its text goes. */
    private record Open(OutputSpec spec, ReportWriter writer, Writer target, Path temp) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            err.println("mis check: --threads " + threads + " is not a number of threads; expected 1 or more");
            return ExitCode.INVALID_INPUT.code();
        }
        if (maxFileBytes < 1) {
            err.println("mis check: --max-file-size " + maxFileBytes + " is not a size; expected a number of bytes, 1 or more");
            return ExitCode.INVALID_INPUT.code();
        }
        if (rulesDir != null && !Files.isDirectory(rulesDir)) {
            err.println("mis check: --rules " + rulesDir + " is not a folder; expected the rule packs' folder, for example rules/");
            return ExitCode.INVALID_INPUT.code();
        }
        List<OutputSpec> specs = outputSpecs();
        boolean terminal = System.console() != null;
        Renderers known = new Renderers(false);
        long toStdout = specs.stream().filter(s -> s.file() == null).count();
        for (OutputSpec s : specs) {
            if (known.get(s.format()).isEmpty()) {
                err.println("mis check: unknown format '" + s.format() + "'; expected one of " + String.join(", ", known.names()));
                return ExitCode.INVALID_INPUT.code();
            }
        }
        if (toStdout > 1) {
            err.println("mis check: only one output can go to standard output; give the others a file (-o FORMAT=FILE)");
            return ExitCode.INVALID_INPUT.code();
        }
        Engine engine;
        List<Path> files;
        try {
            engine = Engine.create(rulesDir, maxFileBytes, asOf, preload);
            files = Inputs.expand(paths);
        } catch (SchemeException e) {
            err.println("mis: the rule packs cannot be read: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        } catch (UncheckedIOException e) {
            err.println("mis check: " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        if (files.isEmpty()) {
            err.println("mis check: no *.yaml or *.yml evidence files found in " + String.join(", ", paths.stream().map(Path::toString).toList()));
            return ExitCode.INVALID_INPUT.code();
        }
        String unsafe = OutputTargets.problem(specs, files);
        if (unsafe != null) {
            err.println("mis check: " + unsafe);
            return ExitCode.INVALID_INPUT.code();
        }
        List<Open> opened = new ArrayList<>();
        int[] counts = new int[3]; // met all ten, not all ten, could not be evaluated
        Progress bar = new Progress(err, files.size(), progress != null ? progress : terminal && files.size() >= 50);
        try {
            for (OutputSpec s : specs) {
                boolean useColour = s.file() == null && (colour != null ? colour : terminal && CommandLine.Help.Ansi.AUTO.enabled());
                Renderer renderer = new Renderers(useColour).get(s.format()).orElseThrow();
                opened.add(open(s, renderer, out, files.size()));
            }
            new BatchRunner<Result>(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                    .run(files, file -> check(engine, file), result -> {
                        for (Open o : opened) {
                            if (result.report() != null) {
                                o.writer().report(result.report());
                            } else {
                                o.writer().error(result.error());
                            }
                        }
                        if (result.error() != null) {
                            counts[2]++;
                            result.error().problems().forEach(err::println);
                        } else {
                            counts[result.report().meetsScheme() ? 0 : 1]++;
                        }
                        bar.step();
                    });
            bar.finish();
            for (Open o : opened) {
                o.writer().finish();
                close(o);
            }
        } catch (RuleBuildException e) {
            abandon(opened);
            err.println("mis: the rules do not build:");
            e.messages().forEach(m -> err.println("  " + m));
            return ExitCode.INTERNAL_ERROR.code();
        } catch (SchemeException e) {
            abandon(opened);
            err.println("mis: the rule packs cannot be read: " + e.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        } catch (IOException | UncheckedIOException e) {
            abandon(opened);
            err.println("mis: cannot write the output: " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        } catch (Exception e) {
            abandon(opened);
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        if (out.checkError()) {
            err.println("mis check: cannot write to standard output (closed early, or the disk is full); the report is incomplete");
            return ExitCode.INVALID_INPUT.code();
        }
        if (counts[2] > 0) {
            return ExitCode.INVALID_INPUT.code();
        }
        return counts[1] == 0 ? ExitCode.ALL_MET.code() : ExitCode.NOT_ALL_MET.code();
    }

    private List<OutputSpec> outputSpecs() {
        List<OutputSpec> specs = new ArrayList<>();
        outputs.forEach(o -> specs.add(OutputSpec.parse(o)));
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (specs.isEmpty() || parsed.hasMatchedOption("--format") || parsed.hasMatchedOption("--output")) {
            specs.add(new OutputSpec(format, output));
        }
        return specs;
    }

    private static Result check(Engine engine, Path file) {
        try {
            return new Result(engine.check(file), null);
        } catch (EvidenceException e) {
            return new Result(null, new FileError(file.toString(), e.problems().stream().map(Problem::toString).toList()));
        }
    }

    /** Files are written to a temporary file beside the target and renamed at the end: never half a report. */
    private static Open open(OutputSpec s, Renderer renderer, PrintWriter stdout, int inputCount) throws IOException {
        if (s.file() == null) {
            return new Open(s, renderer.open(stdout, inputCount), stdout, null);
        }
        Path dir = s.file().toAbsolutePath().getParent();
        // Not Files.createTempFile: its owner-only permissions would carry over to the report.
        Path temp = dir.resolve("." + s.file().getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        Writer w = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 1 << 16);
        return new Open(s, renderer.open(w, inputCount), w, temp);
    }

    private static void close(Open o) throws IOException {
        o.target().flush();
        if (o.temp() == null) {
            return;
        }
        o.target().close();
        try {
            Files.move(o.temp(), o.spec().file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(o.temp(), o.spec().file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void abandon(List<Open> opened) {
        for (Open o : opened) {
            if (o.temp() != null) {
                try {
                    o.target().close();
                    Files.deleteIfExists(o.temp());
                } catch (IOException ignored) {
                    // best effort: the real error is being reported
                }
            }
        }
    }
}
