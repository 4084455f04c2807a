package org.mischecker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mischecker.check.ExitCode;
import org.mischecker.report.diff.ReportDiff;
import org.mischecker.report.render.DiffRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mis diff OLD NEW}: progress between two quarters. Each side is an evidence file (checked
 * now) or a single-trust result written by {@code mis check --format json} (read back into the
 * report model); the two reports are then compared.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two results for a trust: which standards became met, which regressed, and which figures moved.",
                "OLD and NEW are evidence files (*.yaml, checked now) or results of 'mis check --format json' (*.json, one trust)."})
final class DiffCommand implements Callable<Integer>, DocumentedExits {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier evidence file or JSON result.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later evidence file or JSON result.")
    Path after;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    CheckerOptions checkerOptions;



    @Override
    public java.util.Map<String, String> exitCodes() {
        return ExitCodes.DIFF;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageError("unknown format '" + format + "'; expected text or json");
        }
        try {
            OneTrustReports reports = new OneTrustReports(checkerOptions);
            ReportDiff diff = ReportDiff.between(reports.read(before), reports.read(after));
            out.print(format.equals("json") ? DiffRenderer.json(diff) : DiffRenderer.text(diff));
            out.flush();
            return ExitCode.SUCCESS.code();
        } catch (OneTrustReports.Unusable e) {
            e.lines().forEach(err::println);
            return ExitCode.INVALID_INPUT.code();
        }
    }

}
