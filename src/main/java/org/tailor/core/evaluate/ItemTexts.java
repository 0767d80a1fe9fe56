package org.tailor.core.evaluate;

import java.util.List;
import org.tailor.core.index.IdIndex;
import org.tailor.core.index.InteractionMatrix;

/** Moves per-item text from one item index space to another (by external item id). */
final class ItemTexts {
    private ItemTexts() {
    }

    /** {@code text} is indexed like the items of the full training matrix built from {@code trainRows}. */
    static String[] remap(String[] text, List<RatingRow> trainRows, EvaluationSet target) {
        IdIndex full = EvaluationSet.of(trainRows, List.of(), 0, "").split().train().items();
        InteractionMatrix m = target.split().train();
        String[] out = new String[m.itemCount()];
        for (int i = 0; i < out.length; i++) {
            var idx = full.indexOf(m.items().id(i));
            out[i] = idx.isPresent() && idx.getAsInt() < text.length ? text[idx.getAsInt()] : null;
        }
        return out;
    }
}
