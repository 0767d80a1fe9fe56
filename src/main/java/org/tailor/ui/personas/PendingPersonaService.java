package org.tailor.ui.personas;

import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.NotAvailableException;

/** Stands in until the persona engine is wired: says "not available" in the status line. */
public final class PendingPersonaService implements PersonaService {
    @Override
    public PersonaResult compute(int k, long seed, Progress progress, Cancellation cancel) {
        throw new NotAvailableException("feature.personas");
    }
}
