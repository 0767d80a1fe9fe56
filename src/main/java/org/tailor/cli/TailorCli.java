package org.tailor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless face of Tailor: {@code java -jar tailor.jar SUBCOMMAND ...}. Each subcommand is one class in this
 * package; this class only lists them. Exit codes: 0 ok, 1 the input was wrong (message on stderr), 2 usage.
 */
@Command(name = "tailor", mixinStandardHelpOptions = true, version = "Tailor 0.1",
        description = "Personalized-marketing workbench (headless commands).",
        subcommands = {
            ImportCommand.class,
            RejectsCommand.class,
            EraseCommand.class,
            PersonasCommand.class,
            VariantsCommand.class,
            EvaluateCommand.class,
            TuneCommand.class,
            RecommendCommand.class,
            CampaignCommand.class,
            AbtestCommand.class,
            PrivacyCommand.class,
            FairnessCommand.class,
            BenchCommand.class,
        })
public final class TailorCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the CLI with the given streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TailorCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + CliErrors.message(ex));
            commandLine.getErr().flush();
            return 1;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
