package org.tailor.core.index;

import org.tailor.core.model.Customer;
import org.tailor.core.model.Item;
import org.tailor.core.store.CustomerRepository;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;

/** Builds the implicit-feedback matrix of a workspace: one entry per (customer, item), weight = event count. */
public final class WorkspaceMatrix {
    private WorkspaceMatrix() {
    }

    /**
     * What the recommenders learn from: one entry per (customer, item) with a positive event. All customers and items
     * are registered first (so indices cover customers with no interactions, and every matrix of this class over the
     * same workspace shares one index space); returns and purchases with a non-positive quantity are left out.
     */
    public static InteractionMatrix load(Workspace ws) {
        return build(ws, true);
    }

    /**
     * Everything each customer has had, returns included, in the same index space as {@link #load}: what a campaign
     * never offers again.
     */
    public static InteractionMatrix history(Workspace ws) {
        return build(ws, false);
    }

    private static InteractionMatrix build(Workspace ws, boolean positiveOnly) {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        for (Customer c : new CustomerRepository(ws).findAll()) {
            b.addUser(c.externalId());
        }
        for (Item i : new ItemRepository(ws).findAll()) {
            b.addItem(i.externalId());
        }
        new InteractionRepository(ws).forEach(x -> {
            boolean positive = !"return".equals(x.kind()) && (!"purchase".equals(x.kind()) || x.value() > 0);
            if (positive || !positiveOnly) {
                b.add(x.customerId(), x.sku(), 1.0);
            }
        });
        return b.build();
    }
}
