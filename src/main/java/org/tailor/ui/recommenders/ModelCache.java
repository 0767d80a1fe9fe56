package org.tailor.ui.recommenders;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tailor.core.model.Item;
import org.tailor.core.recommend.AlgorithmCatalog;
import org.tailor.core.recommend.TrainedModel;
import org.tailor.core.recommend.TrainingData;
import org.tailor.core.recommend.WorkspaceTrainingData;
import org.tailor.core.store.ItemRepository;
import org.tailor.core.store.Workspace;
import org.tailor.core.task.Cancellation;
import org.tailor.core.task.Progress;
import org.tailor.ui.common.WorkspaceVersion;

/**
 * The workspace's training data (all interactions, item text, entry times) and models trained on it, kept per
 * variant spec while the data version stays the same (at most {@link #MAX_MODELS}, least recently used dropped).
 * Training runs outside the lock, so a slow variant does not block another screen; two threads asking for the same
 * new model may both train it (the later result wins, both are correct).
 */
final class ModelCache {
    static final int MAX_MODELS = 8;
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final Map<String, Entry> models = new LinkedHashMap<>(16, 0.75f, true);
    private String version;
    private TrainingData data;
    private Map<String, String> titles;
    private int trainings;

    /** A trained model with the data it was trained on and the item titles (SKU when an item has none). */
    record Entry(TrainedModel model, TrainingData data, Map<String, String> titles) {
        String title(int itemIdx) {
            return titles.get(data.matrix().items().id(itemIdx));
        }

        String itemName(int itemIdx) {
            String sku = data.matrix().items().id(itemIdx);
            return titles.getOrDefault(sku, sku);
        }
    }

    ModelCache(Workspace workspace, AlgorithmCatalog catalog) {
        this.workspace = workspace;
        this.catalog = catalog;
    }

    /** The training data of the current data version (loaded once per version). */
    synchronized TrainingData trainingData() {
        String now = WorkspaceVersion.of(workspace);
        if (!now.equals(version)) {
            data = WorkspaceTrainingData.load(workspace);
            titles = new HashMap<>();
            for (Item it : new ItemRepository(workspace).findAll()) {
                if (it.title() != null && !it.title().isBlank()) {
                    titles.put(it.externalId(), it.title());
                }
            }
            models.clear();
            version = now;
        }
        return data;
    }

    Entry model(String spec, Progress progress, Cancellation cancel) {
        TrainingData d;
        Map<String, String> t;
        synchronized (this) {
            d = trainingData();
            t = titles;
            Entry e = models.get(spec);
            if (e != null) {
                return e;
            }
        }
        TrainedModel m = catalog.create(spec).train(d, progress, cancel);
        Entry e = new Entry(m, d, t);
        synchronized (this) {
            trainings++;
            if (d == data) {
                models.put(spec, e);
                while (models.size() > MAX_MODELS) {
                    models.remove(models.keySet().iterator().next());
                }
            }
        }
        return e;
    }

    /** How many models were trained so far (tests check that browsing customers reuses them). */
    synchronized int trainings() {
        return trainings;
    }
}
