package org.mischecker.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code main} only exits; {@link #run} is what tests call. */
@Command(name = "mis", mixinStandardHelpOptions = true, version = "mis-checker 0.1.0",
        description = "Checks a trust's evidence against the NHS Resolution CNST Maternity Incentive Scheme: "
                + "ten safety actions, every standard met or not met with its rationale, and the ten-out-of-ten verdict.",
        subcommands = {CheckCommand.class, ExplainCommand.class, DiffCommand.class, SchemaCommand.class, InitCommand.class,
                GenerateCommand.class, CommandLine.HelpCommand.class},
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
        int code = cli.execute(args);
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
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("mis: internal error: " + ex);
            if (parseResult.originalArgs().contains("--verbose")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(sub.getCommandName().equals("diff") ? DiffCommand.exitCodes() : ExitCode.helpLines());
        }
        cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpLines());
        return cli;
    }

    /** No command given: the usage, on stderr, as a usage error (a script calling bare `mis` did nothing). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("mis: a command is needed, for example: mis check FILE");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.INVALID_INPUT.code();
    }
}
