package org.mischecker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.report.Printable;
import org.mischecker.report.TrustReport;
import org.mischecker.report.render.TrendRenderer;
import org.mischecker.report.trend.Trend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mis trend FILE...}: several snapshots of one trust across a scheme year, each an evidence
 * file (checked now) or a saved JSON result, in any order: each figure over time against its
 * threshold, each standard's outcome at each snapshot, and each cadence filling up.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = {"Follow one trust across the year: each figure over time, each standard at each snapshot, each cadence filling up.",
                "FILEs are evidence files (*.yaml, checked now) or results of 'mis check --format json' (*.json, one trust), in any order;",
                "each is dated by its board date (--as-of) or else its latest document. Snapshots of different trusts or years are refused."})
final class TrendCommand implements Callable<Integer>, DocumentedExits {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "FILE", description = "Two or more snapshots of one trust: evidence files or JSON results.")
    List<Path> files;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, html or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE (atomically: a temporary file, then renamed).")
    Path output;

    @Mixin
    CheckerOptions checkerOptions;


    @Override
    public Map<String, String> exitCodes() {
        return ExitCodes.TREND;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!TrendRenderer.FORMATS.contains(format)) {
            throw new UsageError("unknown format '" + format + "'; expected one of " + String.join(", ", TrendRenderer.FORMATS));
        }
        Map<String, TrustReport> results = new LinkedHashMap<>();
        OneTrustReports reports = new OneTrustReports(checkerOptions);
        boolean unusable = false;
        for (Path file : files) {
            String shown = Printable.visible(file.toString());
            if (results.containsKey(shown)) {
                throw new UsageError(shown + " is given twice; expected each snapshot once");
            }
            try {
                results.put(shown, reports.read(file));
            } catch (OneTrustReports.Unusable e) {
                e.lines().forEach(err::println);
                unusable = true;
            }
        }
        if (unusable) {
            return ExitCode.INVALID_INPUT.code();
        }
        Trend trend;
        try {
            trend = Trend.of(results);
        } catch (Trend.NotOneTrust e) {
            err.println("mis trend: " + e.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        String text = TrendRenderer.render(trend, format);
        if (output == null) {
            out.print(text);
            out.flush();
        } else {
            write(output, text);
        }
        return ExitCode.SUCCESS.code();
    }



    /** Writes beside the target, then renames: never half a report. */
    private static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
