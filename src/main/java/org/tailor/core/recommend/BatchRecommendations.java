package org.tailor.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.model.ScoredItem;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;

/**
 * Top-K for every customer of a trained model (in parallel), already-bought items excluded unless asked. A
 * customer whose list comes out short or empty is still listed, with the reason.
 */
public final class BatchRecommendations {
    public static final String NOTHING_LEFT = "no unpurchased products";

    private BatchRecommendations() {
    }

    public static List<CustomerList> forAll(TrainedModel model, int k, boolean excludeBought, Progress progress,
                                            Cancellation cancel) {
        InteractionMatrix m = model.matrix();
        CustomerList[] out = new CustomerList[m.userCount()];
        IntStream.range(0, m.userCount()).parallel().forEach(u -> {
            if ((u & 127) == 0) {
                cancel.check();
            }
            out[u] = forCustomer(model, u, k, excludeBought);
        });
        progress.report(1.0, "Recommended for " + out.length + " customers");
        return List.of(out);
    }

    public static CustomerList forCustomer(TrainedModel model, int userIdx, int k, boolean excludeBought) {
        InteractionMatrix m = model.matrix();
        IntPredicate allowed = excludeBought ? i -> !m.contains(userIdx, i) : i -> true;
        List<ScoredItem> items = model.recommend(userIdx, k, allowed);
        String reason = "";
        if (items.size() < k) {
            int unbought = m.itemCount() - (excludeBought ? m.rowLength(userIdx) : 0);
            reason = unbought == 0 ? NOTHING_LEFT : "only " + items.size() + " products could be recommended";
        }
        return new CustomerList(m.users().id(userIdx), items, reason);
    }

    /** Item ids of a list, for display and export. */
    public static List<String> itemIds(InteractionMatrix m, CustomerList list) {
        List<String> ids = new ArrayList<>();
        list.items().forEach(s -> ids.add(m.items().id(s.itemIdx())));
        return ids;
    }
}
