package org.tailor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tailor bench SUBCOMMAND}: benchmarks (import here; training is added by its own subcommand). */
@Command(mixinStandardHelpOptions = true, name = "bench", description = "Benchmarks.", subcommands = {BenchImportCommand.class, BenchTrainCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
