package org.tailor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.tailor.core.store.CustomerEraser;
import org.tailor.core.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tailor erase --workspace W.db CUSTOMER_ID}: removes a customer and every row about them. */
@Command(mixinStandardHelpOptions = true, name = "erase", description = "Erase a customer and all their rows (interactions, campaign targets,"
        + " rejected source rows naming the id). The erasure log keeps only a pseudonym.")
final class EraseCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "Workspace file (.db).")
    Path workspace;

    @Parameters(paramLabel = "CUSTOMER_ID", description = "The customer's external id, as in the source file.")
    String customerId;

    @Override
    public void run() {
        if (!Files.exists(workspace)) {
            throw new IllegalArgumentException("No workspace at " + workspace);
        }
        try (Workspace ws = Workspace.open(workspace)) {
            CustomerEraser.Erasure e = new CustomerEraser(ws).erase(customerId);
            spec.commandLine().getOut().printf("Erased customer %s: %d rows removed (%d interactions, %d campaign"
                    + " targets, %d rejected rows); logged as %s%n", customerId, e.total(), e.interactions(),
                    e.campaignTargets(), e.rejectedRows(), e.pseudonym());
        }
    }
}
