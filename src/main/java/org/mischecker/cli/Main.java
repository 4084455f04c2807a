package org.mischecker.cli;

import java.io.PrintWriter;
import org.mischecker.check.ExitCode;
import org.mischecker.rules.RuleBuildException;
import org.mischecker.scheme.SchemeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code main} only exits; {@link #run} is what tests call. */
@Command(name = "mis", mixinStandardHelpOptions = true, version = "mis-checker 0.1.0",
        description = "Checks a trust's evidence against the NHS Resolution CNST Maternity Incentive Scheme: "
                + "ten safety actions, every standard met or not met with its rationale, and the ten-out-of-ten verdict.",
        subcommands = {CheckCommand.class, ExplainCommand.class, DiffCommand.class, TrendCommand.class, SchemaCommand.class, InitCommand.class,
                GenerateCommand.class, PackCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(out, err, RulesPreload.startFor(args));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Never let exhaustion look like a verdict: one line, and the internal-error code.
            err.println("mis: ran out of memory (" + e.getMessage() + "); nothing was judged. Check fewer or smaller files,"
                    + " or give Java more memory (for example JAVA_TOOL_OPTIONS=-Xmx2g)");
            code = ExitCode.INTERNAL_ERROR.code();
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, RulesPreload preload) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = defaults.create(type);
                if (made instanceof UsesRules user) {
                    user.preload(preload);
                }
                return made;
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL_ERROR.code());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'mis " + (ex.getCommandLine().getCommandName().equals("mis") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.INVALID_INPUT.code();
        });
        cli.setExecutionExceptionHandler(Main::handle);
        for (CommandLine sub : cli.getSubcommands().values()) {
            java.util.Map<String, String> codes = sub.getCommand() instanceof DocumentedExits d ? d.exitCodes() : ExitCodes.TOOL;
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        }
        cli.getCommandSpec().usageMessage().exitCodeList(ExitCodes.CHECK);
        return cli;
    }

    /**
     * The one place a command's failure becomes a message and an exit code: a usage error (2), rule
     * packs that cannot be read or rules that do not build (3, with every builder message), and any
     * other failure (3, the stack trace only with --verbose).
     */
    private static int handle(Exception ex, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (ex instanceof UsageError) {
            err.println("mis " + command.getCommandName() + ": " + ex.getMessage());
            return ExitCode.INVALID_INPUT.code();
        }
        if (ex instanceof SchemeException) {
            err.println("mis: the rule packs cannot be read: " + ex.getMessage());
            return ExitCode.INTERNAL_ERROR.code();
        }
        if (ex instanceof RuleBuildException rules) {
            err.println("mis: the rules do not build:");
            rules.messages().forEach(m -> err.println("  " + m));
            return ExitCode.INTERNAL_ERROR.code();
        }
        err.println("mis: internal error: " + ex);
        if (parsed.originalArgs().contains("--verbose")) {
            ex.printStackTrace(err);
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    /** No command given: the usage, on stderr, as a usage error (a script calling bare `mis` did nothing). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("mis: a command is needed, for example: mis check FILE");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }
}
