package org.tailor.ui.common;

import org.tailor.core.store.Workspace;

/**
 * A cheap fingerprint of a workspace's data (row counts of the tables the screens compute from), used by adapters
 * to reuse a result or a trained model while nothing was imported or erased. Imports only add rows and erasure
 * removes them, so any change that matters to a result changes at least one count.
 */
public final class WorkspaceVersion {
    private WorkspaceVersion() {
    }

    public static String of(Workspace ws) {
        return "customers=" + ws.count("customer") + ";items=" + ws.count("item") + ";interactions="
                + ws.count("interaction") + ";erasures=" + ws.count("erasure_log");
    }
}
