package org.tailor.ui.recommenders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * The workspace's training data (all interactions, item text, entry times) as of one moment, and models trained on
 * it per variant spec (at most {@link #MAX_MODELS}, least recently used dropped). The data are NOT reloaded when the
 * workspace changes: new interactions reach a customer's lists through live refresh until {@link #reload} (the
 * Retrain action), and {@link #trainedInteractions} says how much the workspace has drifted since. Training runs
 * outside the lock, so a slow variant does not block another screen.
 */
final class ModelCache {
    static final int MAX_MODELS = 8;
    private final Workspace workspace;
    private final AlgorithmCatalog catalog;
    private final Map<String, Entry> models = new LinkedHashMap<>(16, 0.75f, true);
    private TrainingData data;
    private Map<String, String> titles;
    private long trainedInteractions;
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

    /** The training data in use (loaded on first use and by {@link #reload}). */
    synchronized TrainingData trainingData() {
        if (data == null) {
            reload();
        }
        return data;
    }

    /** Item titles by SKU, of the data in use. */
    synchronized Map<String, String> titles() {
        trainingData();
        return titles;
    }

    /** Reads the workspace again and forgets every model. */
    synchronized void reload() {
        trainedInteractions = workspace.count("interaction");
        data = WorkspaceTrainingData.load(workspace);
        titles = new HashMap<>();
        for (Item it : new ItemRepository(workspace).findAll()) {
            if (it.title() != null && !it.title().isBlank()) {
                titles.put(it.externalId(), it.title());
            }
        }
        models.clear();
    }

    /** Interactions in the workspace when the data in use were read (0 before first use). */
    synchronized long trainedInteractions() {
        return data == null ? 0 : trainedInteractions;
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

    /** The specs with a trained model now. */
    synchronized List<String> trainedSpecs() {
        return new ArrayList<>(models.keySet());
    }

    /** How many models were trained so far (tests check that browsing customers reuses them). */
    synchronized int trainings() {
        return trainings;
    }
}
