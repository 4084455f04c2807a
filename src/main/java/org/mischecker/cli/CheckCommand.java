package org.mischecker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mischecker.check.BatchRunner;
import org.mischecker.check.Checker;
import org.mischecker.check.FileResult;
import org.mischecker.check.OneFilePerTrust;
import org.mischecker.report.FileError;
import org.mischecker.check.RunSummary;
import org.mischecker.report.render.Renderer;
import org.mischecker.report.render.Renderers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mis check FILE|DIR...}: evaluates evidence files (folders searched recursively) on all
 * cores and writes one or more outputs, results in path order, streamed as they are ready.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check evidence files (YAML) against every standard of the ten safety actions.",
                "One file gives its full report; several give a summary table (text) or one row per trust."})
final class CheckCommand implements Callable<Integer>, DocumentedExits {

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

    @Mixin
    CheckerOptions checkerOptions;

    @Option(names = "--colour", negatable = true, description = "Colour the text report (default: only when output goes to a terminal).")
    Boolean colour;

    @Option(names = "--progress", negatable = true, description = "Show progress on stderr (default: for long runs at a terminal).")
    Boolean progress;

    @Option(names = "--as-of", paramLabel = "DATE", converter = BoardDate.class,
            description = {"The picture on a board date (YYYY-MM-DD): documents dated after it are left out, with the figures drawn from them;",
                    "the report shows the days left to the declaration deadline and which missing intervals can no longer be met."})
    java.time.LocalDate asOf;

    @Option(names = "--external", paramLabel = "FILE|DIR", description = {"External data to hold the trusts' own figures against, repeatable:",
            "CSV extracts (or folders of them), one per source (MBRRACE-UK, the MSDS scorecard, the NNRD), each with '# source:',",
            "'# schemeYear:' and '# extracted:' lines, then odsCode and KEY.numerator,KEY.denominator columns. Where an extract gives a",
            "trust's figure it decides the standard; every disagreement is listed."})
    List<Path> external = new ArrayList<>();

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    @Option(names = "--watch", description = {"Check one FILE, then again each time it is saved, until Ctrl-C: the terminal shows the verdict",
            "and what changed since the last good check; -o FORMAT=FILE outputs are rewritten atomically, and a save that cannot be",
            "evaluated keeps the last good ones."})
    boolean watch;

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

    @Override
    public java.util.Map<String, String> exitCodes() {
        return ExitCodes.CHECK;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads != null && threads < 1) {
            throw new UsageError("--threads " + threads + " is not a number of threads; expected 1 or more");
        }
        List<OutputSpec> specs = outputSpecs();
        boolean terminal = System.console() != null;
        List<Renderer> renderers = renderers(specs, terminal);
        Checker checker;
        try {
            checker = withProvenance(withExternal(checkerOptions.checker(asOf)), renderers);
        } catch (org.mischecker.evidence.EvidenceException e) {
            e.problems().forEach(p -> err.println(org.mischecker.report.Printable.visible(p.toString())));
            return org.mischecker.check.ExitCode.INVALID_INPUT.code();
        }
        if (watch) {
            return watch(checker, specs, renderers, out, err);
        }
        List<Inputs.Input> inputs = Inputs.expand(paths);
        List<Path> files = inputs.stream().map(Inputs.Input::path).toList();
        if (files.isEmpty()) {
            throw new UsageError("no *.yaml or *.yml evidence files found in " + String.join(", ", paths.stream().map(Path::toString).toList()));
        }
        String unsafe = OutputTargets.problem(specs, files);
        if (unsafe != null) {
            throw new UsageError(unsafe);
        }
        RunSummary summary = new RunSummary();
        OneFilePerTrust once = new OneFilePerTrust();
        Progress bar = new Progress(err, files.size(), progress != null ? progress : terminal && files.size() >= 50);
        try (Outputs opened = Outputs.open(specs, renderers, out, files.size())) {
            new BatchRunner<FileResult>(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                    .run(inputs, input -> check(checker, input), checked -> {
                        FileResult result = once.admit(checked);
                        opened.write(result);
                        summary.add(result);
                        if (!result.evaluated()) {
                            result.error().problems().forEach(err::println);
                        }
                        bar.step();
                    });
            bar.finish();
            opened.commit();
        } catch (IOException | UncheckedIOException e) {
            err.println("mis: cannot write the output: " + e.getMessage());
            return org.mischecker.check.ExitCode.INVALID_INPUT.code();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (out.checkError()) {
            err.println("mis check: cannot write to standard output (closed early, or the disk is full); the report is incomplete");
            return org.mischecker.check.ExitCode.INVALID_INPUT.code();
        }
        if (checker.external() != null) {
            unmatched(checker.external(), err);
        }
        return summary.exitCode().code();
    }

    /** A board paper names the evidence file's version and the day, so two printed copies can be told apart. */
    private static Checker withProvenance(Checker checker, List<Renderer> renderers) {
        return renderers.stream().anyMatch(r -> r.name().equals("html") || r.name().equals("markdown"))
                ? checker.withProvenance(java.time.Clock.system(java.time.ZoneId.of("Europe/London"))) : checker;
    }

    /** The checker, holding figures against the --external extracts when given; every problem of a malformed extract at once. */
    private Checker withExternal(Checker checker) throws org.mischecker.evidence.EvidenceException {
        return external.isEmpty() ? checker : checker.withExternal(org.mischecker.evidence.ExternalData.load(external, checker.packs()));
    }

    /**
     * Trusts the external data has rows for but no evidence file of the run was: listed, never silently
     * dropped (not an error: an extract is national, a run may check one trust).
     */
    private static void unmatched(org.mischecker.evidence.ExternalData data, PrintWriter err) {
        java.util.Map<String, List<String>> byTrust = new java.util.LinkedHashMap<>();
        for (org.mischecker.evidence.ExternalData.Row r : data.unused()) {
            byTrust.computeIfAbsent(r.odsCode() + " (scheme year " + r.extract().schemeYear() + ")", k -> new ArrayList<>()).add(r.at().toString());
        }
        if (byTrust.isEmpty()) {
            return;
        }
        err.println("mis check: the external data has rows for " + byTrust.size() + (byTrust.size() == 1 ? " trust" : " trusts")
                + " that no evidence file of this run is for (no file has its ODS code and scheme year):");
        byTrust.entrySet().stream().limit(UNMATCHED_LISTED)
                .forEach(e -> err.println("  " + org.mischecker.report.Printable.visible(e.getKey()) + " at " + String.join(", ", e.getValue())));
        if (byTrust.size() > UNMATCHED_LISTED) {
            err.println("  and " + (byTrust.size() - UNMATCHED_LISTED) + " more");
        }
    }

    private static final int UNMATCHED_LISTED = 20;

    /** --watch: one evidence file, outputs to files only (the terminal shows the verdict and the changes). */
    private int watch(Checker checker, List<OutputSpec> specs, List<Renderer> renderers, PrintWriter out, PrintWriter err) throws IOException {
        if (paths.size() != 1 || java.nio.file.Files.isDirectory(paths.get(0))) {
            throw new UsageError("--watch checks one evidence file as it is edited; got " + (paths.size() == 1 ? "the folder " + paths.get(0)
                    : paths.size() + " paths") + "; expected one FILE");
        }
        List<OutputSpec> files = new ArrayList<>();
        List<Renderer> fileRenderers = new ArrayList<>();
        boolean explicit = !outputs.isEmpty() || output != null || spec.commandLine().getParseResult().hasMatchedOption("--format");
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).file() != null) {
                files.add(specs.get(i));
                fileRenderers.add(renderers.get(i));
            } else if (explicit) {
                throw new UsageError("with --watch, outputs go to files (-o " + specs.get(i).format() + "=FILE); the terminal shows the"
                        + " verdict and what changed");
            }
        }
        String unsafe = OutputTargets.problem(files, paths);
        if (unsafe != null) {
            throw new UsageError(unsafe);
        }
        return new Watch(checker, paths.get(0), files, fileRenderers, out, err).run();
    }

    /** An input that cannot be read as a file is not evaluated; it is listed with its problem like any other. */
    private static FileResult check(Checker checker, Inputs.Input input) {
        if (input.problem() != null) {
            String file = org.mischecker.report.Printable.visible(input.path().toString());
            return FileResult.of(new FileError(file, List.of(file + ": " + input.problem())));
        }
        return checker.checkFile(input.path());
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

    /** Each output's renderer, in order; colour only for text to a terminal (or when asked). */
    private List<Renderer> renderers(List<OutputSpec> specs, boolean terminal) {
        Renderers known = new Renderers(false);
        for (OutputSpec s : specs) {
            if (known.get(s.format()).isEmpty()) {
                throw new UsageError("unknown format '" + s.format() + "'; expected one of " + String.join(", ", known.names()));
            }
        }
        if (specs.stream().filter(s -> s.file() == null).count() > 1) {
            throw new UsageError("only one output can go to standard output; give the others a file (-o FORMAT=FILE)");
        }
        List<Renderer> renderers = new ArrayList<>();
        for (OutputSpec s : specs) {
            boolean useColour = s.file() == null && (colour != null ? colour : terminal && CommandLine.Help.Ansi.AUTO.enabled());
            renderers.add(new Renderers(useColour).get(s.format()).orElseThrow());
        }
        return renderers;
    }
}
