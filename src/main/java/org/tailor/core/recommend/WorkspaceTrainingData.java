package org.tailor.core.recommend;

import java.util.Arrays;
import org.tailor.core.index.InteractionMatrix;
import org.tailor.core.index.WorkspaceMatrix;
import org.tailor.core.model.Item;
import org.tailor.core.store.InteractionRepository;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;

/**
 * Everything a variant may train on from a workspace: the implicit matrix of {@link WorkspaceMatrix}, each item's
 * text (title, category, genres) for the content variant, and each entry's latest time for recent popularity.
 */
public final class WorkspaceTrainingData {
    private WorkspaceTrainingData() {
    }

    public static TrainingData load(Workspace ws) {
        InteractionMatrix m = WorkspaceMatrix.load(ws);
        String[] text = itemText(ws, m);
        long[] times = new long[m.nonZeros()];
        Arrays.fill(times, Long.MIN_VALUE);
        int[] rp = m.rowPointers();
        int[] ri = m.rowIndices();
        new InteractionRepository(ws).forEach(x -> {
            int u = m.users().indexOf(x.customerId()).orElse(-1);
            int i = m.items().indexOf(x.sku()).orElse(-1);
            if (u < 0 || i < 0) {
                return;
            }
            int p = Arrays.binarySearch(ri, rp[u], rp[u + 1], i);
            if (p >= 0) {
                times[p] = Math.max(times[p], x.epochSeconds());
            }
        });
        return new TrainingData(m, text, times);
    }

    /** Each item's text (title, category, genres) by the item index of {@code m}; null entries for items without. */
    public static String[] itemText(Workspace ws, InteractionMatrix m) {
        String[] text = new String[m.itemCount()];
        for (Item it : new ItemRepository(ws).findAll()) {
            m.items().indexOf(it.externalId()).ifPresent(i -> text[i] = join(it.title(), it.category(), it.genres()));
        }
        return text;
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(p.replace('|', ' '));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
