package org.tailor.cli;

import org.tailor.core.recommend.AlgorithmCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Lists the recommender variants. */
@Command(mixinStandardHelpOptions = true, name = "variants", description = "List the recommender variants and their names for --variants.")
final class VariantsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (String name : new AlgorithmCatalog().names()) {
            spec.commandLine().getOut().println(name);
        }
    }
}
