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
     * All customers and items are registered (so indices cover customers with no interactions); purchases with a
     * non-positive quantity (returns, cancellations) are left out.
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
            if (!"purchase".equals(x.kind()) || x.value() > 0) {
                b.add(x.customerId(), x.sku(), 1.0);
            }
        });
        return b.build();
    }
}
