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
        AlgorithmCatalog catalog = new AlgorithmCatalog();
        java.io.PrintWriter out = spec.commandLine().getOut();
        for (String name : catalog.names()) {
            String params = catalog.describe(name);
            out.println(params.isBlank() ? name : name + "  " + params);
        }
        out.println("Choose parameters as name:key=value,key=value (for example itemknn:k=50,shrink=10).");
    }
}
