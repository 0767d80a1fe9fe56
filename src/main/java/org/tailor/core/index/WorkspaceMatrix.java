package org.tailor.core.index;

import org.tailor.core.model.Customer;
import org.tailor.core.model.Interaction;
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
     * All customers and items are registered (so indices cover customers with no interactions); returns and
     * cancellations (kind {@code return}, or purchases with a non-positive quantity) are left out.
     */
    public static InteractionMatrix load(Workspace ws) {
        InteractionMatrixBuilder b = InteractionMatrix.builder();
        for (Customer c : new CustomerRepository(ws).findAll()) {
            b.addUser(c.externalId());
        }
        for (Item i : new ItemRepository(ws).findAll()) {
            b.addItem(i.externalId());
        }
        new InteractionRepository(ws).forEach(x -> {
            if (counts(x)) {
                b.add(x.customerId(), x.sku(), 1.0);
            }
        });
        return b.build();
    }

    /** Whether an interaction is positive implicit feedback: not a return, not a purchase of quantity 0 or less. */
    public static boolean counts(Interaction x) {
        return !"return".equals(x.kind()) && (!"purchase".equals(x.kind()) || x.value() > 0);
    }
}
